// GOV.UK Frontend's JavaScript, started the way its docs say (the page itself is server HTML).
import {initAll} from 'govuk-frontend';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
