import { randomUUID } from 'node:crypto';
import { DynamoAccountRepository } from '../../functions/adapters/dynamodb/dynamo-account-repository';
import { DynamoAuditLog } from '../../functions/adapters/dynamodb/dynamo-audit-log';
import { createStandingService } from '../../functions/standing/standing-service';
import { percentile } from './measure';
import { runConcurrently, startCountingDynamo } from './local-dynamo';
import type { BenchSection } from './section';

const CONCURRENCY = 32;
const STRIKES = 2_000;
const ACCOUNTS = 100;
const READS = 2_000;

const perSecond = (count: number, ms: number) => Math.round((count * 1000) / ms).toLocaleString('en-US');
const millis = (value: number) => value.toFixed(2);

/** Strike applications and standing reads against local dynalite, 32 at a time, with requests counted on the wire. */
export const strikesSection: BenchSection = {
  title: 'Account standing (local dynalite, 32-way concurrency)',
  run: async (log) => {
    const dynamo = await startCountingDynamo();
    try {
      const standing = createStandingService({
        accounts: new DynamoAccountRepository(dynamo.client, dynamo.table),
        audit: new DynamoAuditLog(dynamo.client, dynamo.table),
        events: { publish: async () => undefined },
        now: () => new Date(),
        newId: randomUUID,
      });
      const accountOf = (index: number) => `bench-${index % ACCOUNTS}`;

      log(`strikes: ${STRIKES} over ${ACCOUNTS} accounts`);
      let startedAt = performance.now();
      const strikeLatencies = await runConcurrently(STRIKES, CONCURRENCY, (index) =>
        standing.applyStrike({ accountId: accountOf(index), ruleId: 'M6', source: { kind: 'content', id: `c-${index}` }, actor: 'system' }),
      );
      const strikeMs = performance.now() - startedAt;
      const strikeRequests = dynamo.totalRequests();
      const strikeBreakdown = [...dynamo.requests].map(([command, count]) => `${command.replace('Command', '')} ${(count / STRIKES).toFixed(2)}`).join(', ');

      dynamo.requests.clear();
      log(`standing reads: ${READS}`);
      startedAt = performance.now();
      const readLatencies = await runConcurrently(READS, CONCURRENCY, (index) => standing.getStanding(accountOf(index)));
      const readMs = performance.now() - startedAt;

      return {
        table: {
          headers: ['operation', 'ops/s', 'p50 ms', 'p99 ms', 'DynamoDB requests per op'],
          align: ['left', 'right', 'right', 'right', 'left'],
          rows: [
            ['apply strike (+ audit entry)', perSecond(STRIKES, strikeMs), millis(percentile(strikeLatencies, 0.5)), millis(percentile(strikeLatencies, 0.99)), `${(strikeRequests / STRIKES).toFixed(2)} (${strikeBreakdown})`],
            ['read standing', perSecond(READS, readMs), millis(percentile(readLatencies, 0.5)), millis(percentile(readLatencies, 0.99)), (dynamo.totalRequests() / READS).toFixed(2)],
          ],
        },
        notes: [`${STRIKES} strikes over ${ACCOUNTS} accounts, then ${READS} standing reads; dynalite in memory on this machine, so absolute rates say more about the code path than about DynamoDB.`],
      };
    } finally {
      await dynamo.stop();
    }
  },
};
