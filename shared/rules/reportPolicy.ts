import { z } from 'zod/mini';

/** RP1: a council's notice periods for reports, in working days. Whole numbers from 0 to 30. */
export const reportPolicySchema = z.object({
  initialWorkingDays: z.number().check(z.int(), z.minimum(0), z.maximum(30)),
  reviewWorkingDays: z.number().check(z.int(), z.minimum(0), z.maximum(30)),
});
export type ReportPolicy = z.infer<typeof reportPolicySchema>;

/** RP1: 2 working days before an initial conference, 5 before a review. */
export const DEFAULT_REPORT_POLICY: Readonly<ReportPolicy> = Object.freeze({ initialWorkingDays: 2, reviewWorkingDays: 5 });
