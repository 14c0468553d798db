import { Logger } from '@aws-lambda-powertools/logger';

/**
 * One structured logger per process. Log ids, counts and outcomes only: never message text, image
 * bytes, notes or tokens (the community's messages are personal data).
 */
export const logger = new Logger({ serviceName: 'moderation' });
