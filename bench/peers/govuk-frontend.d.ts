// GOV.UK Frontend ships no type declarations; the benchmark calls only this.
declare module 'govuk-frontend' {
  export function initAll(): void;
}
