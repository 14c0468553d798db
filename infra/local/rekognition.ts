import { startAwsJsonService, type AwsJsonOperation, type LocalAwsService } from './aws-json-service';

export type RekognitionOperation = AwsJsonOperation;
export type LocalRekognition = LocalAwsService;

/** Rekognition's protocol locally (`RekognitionService.<Op>`), reached through AWS_ENDPOINT_URL_REKOGNITION. */
export const startLocalRekognition = (port: number, operations: Readonly<Record<string, RekognitionOperation>>): Promise<LocalRekognition> =>
  startAwsJsonService(port, 'RekognitionService', operations);
