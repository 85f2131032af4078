// Which templates carry pay figures the comp rules check (the caveat itself is computed in core).
export { PAY_TEMPLATES } from '../core/companies/payTemplates';
