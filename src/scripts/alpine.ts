/**
 * The Alpine islands of form pages (CSP build: no eval, components registered by name).
 * Content pages do not load this file.
 */
import Alpine from '@alpinejs/csp';
import { recordForm } from './components/record-form';
import { signatureField } from './components/signature-field';
import { menteeList } from './components/mentee-list';
import { menteePage } from './components/mentee-page';
import { evaluationScore } from './components/internship-evaluation-score';

Alpine.data('recordForm', recordForm);
Alpine.data('signatureField', signatureField);
Alpine.data('menteeList', menteeList);
Alpine.data('menteePage', menteePage);
Alpine.data('evaluationScore', evaluationScore);
Alpine.start();
