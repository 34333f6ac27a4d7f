/**
 * Each shipped language's name in itself, for the switcher. Our own table, because a browser's
 * `Intl.DisplayNames` may not know a language (Chromium names `sq` "Albanian" and `ti`
 * "Tigrinya" in English), and a person looks for their language's own name.
 */
export const ENDONYMS: Readonly<Record<string, string>> = {
  en: 'English',
  pl: 'Polski',
  ro: 'Română',
  bg: 'Български',
  lt: 'Lietuvių',
  sq: 'Shqip',
  vi: 'Tiếng Việt',
  uk: 'Українська',
  ru: 'Русский',
  ar: 'العربية',
  ur: 'اردو',
  fa: 'فارسی',
  bn: 'বাংলা',
  gu: 'ગુજરાતી',
  pa: 'ਪੰਜਾਬੀ',
  hi: 'हिन्दी',
  'zh-Hans': '简体中文',
  es: 'Español',
  pt: 'Português',
  ti: 'ትግርኛ',
  tr: 'Türkçe',
};
