import { DynamoRateLimiter } from '../../functions/adapters/dynamodb/dynamo-rate-limiter';
import { DynamoReportStore } from '../../functions/adapters/dynamodb/dynamo-report-store';
import { DynamoReviewQueue } from '../../functions/adapters/dynamodb/dynamo-review-queue';
import { submitReport } from '../../functions/reports/submit-report';
import { opsRow, OPS_TABLE, runConcurrently, standingServiceOn, startCountingDynamo } from './local-dynamo';
import type { BenchSection } from './section';

const CONCURRENCY = 32;
const REPORTS = 2_000;
const REPORTERS = 500;
const TARGETS = 200;

/** Report intake (dedupe, rate limit, credibility, grouping, threshold) against local dynalite, 32 at a time. */
export const reportsSection: BenchSection = {
  title: 'Report intake (local dynalite, 32-way concurrency)',
  run: async (log) => {
    const dynamo = await startCountingDynamo();
    try {
      const deps = {
        reports: new DynamoReportStore(dynamo.client, dynamo.table),
        rateLimiter: new DynamoRateLimiter(dynamo.client, dynamo.table),
        review: new DynamoReviewQueue(dynamo.client, dynamo.table),
        standing: standingServiceOn(dynamo),
        now: () => new Date(),
      };
      log(`reports: ${REPORTS} from ${REPORTERS} reporters about ${TARGETS} accounts`);
      const startedAt = performance.now();
      const latencies = await runConcurrently(REPORTS, CONCURRENCY, (index) =>
        submitReport(deps, `reporter-${index % REPORTERS}`, { targetAccountId: `target-${(index * 7) % TARGETS}`, contentId: `c-${index}`, ruleId: 'C1' }),
      );
      const elapsedMs = performance.now() - startedAt;
      return {
        table: { ...OPS_TABLE, rows: [opsRow('submit report', REPORTS, elapsedMs, latencies, (dynamo.totalRequests() / REPORTS).toFixed(2))] },
        notes: [
          `${REPORTS} distinct reports from ${REPORTERS} reporters about ${TARGETS} accounts: each is a dedupe check, two rate windows, a reporter record read, the report, its review item and the target's weights; the report that crosses an account's threshold also restricts it. dynalite in memory on this machine.`,
        ],
      };
    } finally {
      await dynamo.stop();
    }
  },
};
