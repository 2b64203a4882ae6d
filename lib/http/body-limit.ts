/**
 * The largest request body a page accepts (staff form posts are server
 * actions on pages). The biggest form, a meeting with every field at its
 * limit and echoed back in the no-JavaScript form state, is well under this,
 * and no form takes a file.
 */
export const FORM_BODY_LIMIT_BYTES = 256 * 1024;

/** The same limit as next.config.ts's serverActions.bodySizeLimit wants it. */
export const FORM_BODY_LIMIT = "256kb";
