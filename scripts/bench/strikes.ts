import { opsRow, OPS_TABLE, runConcurrently, standingServiceOn, startCountingDynamo } from './local-dynamo';
import type { BenchSection } from './section';

const CONCURRENCY = 32;
const STRIKES = 2_000;
const ACCOUNTS = 100;
const READS = 2_000;

/** Strike applications and standing reads against local dynalite, 32 at a time, with requests counted on the wire. */
export const strikesSection: BenchSection = {
  title: 'Account standing (local dynalite, 32-way concurrency)',
  run: async (log) => {
    const dynamo = await startCountingDynamo();
    try {
      const standing = standingServiceOn(dynamo);
      const accountOf = (index: number) => `bench-${index % ACCOUNTS}`;

      log(`strikes: ${STRIKES} over ${ACCOUNTS} accounts`);
      let startedAt = performance.now();
      const strikeLatencies = await runConcurrently(STRIKES, CONCURRENCY, (index) =>
        standing.applyStrike({ accountId: accountOf(index), ruleId: 'M6', source: { kind: 'content', id: `c-${index}` }, actor: 'system' }),
      );
      const strikeMs = performance.now() - startedAt;
      const strikeBreakdown = [...dynamo.requests].map(([command, count]) => `${command.replace('Command', '')} ${(count / STRIKES).toFixed(2)}`).join(', ');
      const strikeRequests = `${(dynamo.totalRequests() / STRIKES).toFixed(2)} (${strikeBreakdown})`;

      dynamo.requests.clear();
      log(`standing reads: ${READS}`);
      startedAt = performance.now();
      const readLatencies = await runConcurrently(READS, CONCURRENCY, (index) => standing.getStanding(accountOf(index)));
      const readMs = performance.now() - startedAt;

      return {
        table: {
          ...OPS_TABLE,
          rows: [
            opsRow('apply strike (+ audit entry)', STRIKES, strikeMs, strikeLatencies, strikeRequests),
            opsRow('read standing', READS, readMs, readLatencies, (dynamo.totalRequests() / READS).toFixed(2)),
          ],
        },
        notes: [`${STRIKES} strikes over ${ACCOUNTS} accounts, then ${READS} standing reads; dynalite in memory on this machine, so absolute rates say more about the code path than about DynamoDB.`],
      };
    } finally {
      await dynamo.stop();
    }
  },
};
