import { z } from 'zod';
import { reportDeps } from '../../composition';
import { REPORT_POLICY } from '../../policy/reports';
import { RULE_IDS } from '../../policy/rules';
import { submitReport, type ReportDeps } from '../../reports/submit-report';
import { subjectOf } from '../../shared/access';
import { readEnv } from '../../shared/env';
import { createHttpHandler, parseJsonBody } from '../../shared/http';
import { accountIdSchema, contentIdSchema } from '../../shared/ids';

// The reporter is always the token's subject: a `reporterId` in the body is dropped with any other unknown field.
const bodySchema = z.object({
  targetAccountId: accountIdSchema,
  contentId: contentIdSchema.optional(),
  ruleId: z.enum(RULE_IDS),
  note: z.string().max(REPORT_POLICY.noteMaxChars).optional(),
  evidence: z.array(contentIdSchema).max(REPORT_POLICY.evidenceMax).optional(),
});
const { MAX_BODY_BYTES } = readEnv('MAX_BODY_BYTES');

/** POST /v1/reports: a user reports an account or a piece of content -> 202 {reportId}. */
export const createHandler = (deps: () => ReportDeps) =>
  createHttpHandler('SubmitReport', async (request) => {
    const input = parseJsonBody(request, bodySchema, MAX_BODY_BYTES);
    const { reportId } = await submitReport(deps(), subjectOf(request.caller), input);
    return { status: 202, body: { reportId } };
  });

export const handler = createHandler(reportDeps);
