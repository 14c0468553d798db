import { CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { AttributeType, Billing, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { AnyPrincipal, Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, EventType, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { TABLE_SCHEMA } from '../../functions/adapters/dynamodb/table-schema';
import { IMAGE_UPLOADED_BINDINGS, IMAGE_UPLOADED_ENTRY, QUARANTINE_PREFIX, ROUTES, UPLOADS_PREFIX, type Bindings, type RouteDefinition } from '../../functions/routes';
import { readConfig } from '../config';
import { ModerationFunction } from '../constructs/moderation-function';

const IMAGE_CHECK_TIMEOUT = Duration.seconds(60);
/** API Gateway's HTTP API gives an integration at most 30 s. */
const SYNC_IMAGE_CHECK_TIMEOUT = Duration.seconds(29);
const IMAGE_MEMORY_MB = 1024;

interface BindingTargets {
  readonly table: TableV2;
  readonly uploads: Bucket;
  readonly events: EventBus;
}

/** Turns what a function touches (its bindings) into environment and grants. */
const bind = (fn: ModerationFunction, bindings: Bindings, targets: BindingTargets): ModerationFunction => {
  if (bindings.table !== undefined) fn.bindTable(targets.table, bindings.table);
  if (bindings.uploadsBucket !== undefined) fn.bindBucket(targets.uploads, bindings.uploadsBucket);
  if (bindings.events === true) fn.bindEventBus(targets.events);
  if (bindings.rekognition === true) fn.bindRekognition();
  return fn;
};

/**
 * The whole service: one table, the uploads bucket feeding a queue that feeds the image check, and an
 * HTTP API whose routes and roles come from `functions/routes.ts`.
 */
export class ModerationStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const config = readConfig(this.node);

    const table = new TableV2(this, 'Table', {
      partitionKey: { name: TABLE_SCHEMA.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_SCHEMA.sortKey, type: AttributeType.STRING },
      globalSecondaryIndexes: [
        {
          indexName: TABLE_SCHEMA.index.name,
          partitionKey: { name: TABLE_SCHEMA.index.partitionKey, type: AttributeType.STRING },
          sortKey: { name: TABLE_SCHEMA.index.sortKey, type: AttributeType.STRING },
        },
      ],
      timeToLiveAttribute: TABLE_SCHEMA.timeToLiveAttribute,
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(accessLogs).acknowledge({ id: 'AwsSolutions-S1', reason: 'this bucket receives the uploads bucket access logs; logging it would recurse' });

    const uploads = new Bucket(this, 'Uploads', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'uploads/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const deadLetters = new Queue(this, 'ImageChecksDlq', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(deadLetters).acknowledge({ id: 'AwsSolutions-SQS3', reason: 'this queue is the dead-letter queue of the image-check queue' });
    const imageChecks = new Queue(this, 'ImageChecksQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS advises at least six times the consumer's timeout so an in-flight batch is not redelivered.
      visibilityTimeout: Duration.seconds(IMAGE_CHECK_TIMEOUT.toSeconds() * 6),
      deadLetterQueue: { queue: deadLetters, maxReceiveCount: 5 },
    });
    uploads.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(imageChecks), { prefix: UPLOADS_PREFIX });
    this.acknowledgeNotificationsHandler();

    const events = new EventBus(this, 'Events', { description: 'moderation decisions and standing changes for the app' });
    const targets: BindingTargets = { table, uploads, events };

    const imageCheck = bind(
      new ModerationFunction(this, 'ImageUploaded', {
        entry: IMAGE_UPLOADED_ENTRY,
        description: 'checks images uploaded to the uploads bucket',
        timeout: IMAGE_CHECK_TIMEOUT,
        memorySize: IMAGE_MEMORY_MB,
        decodesImages: true,
        textEngine: IMAGE_UPLOADED_BINDINGS.textEngine,
      }),
      IMAGE_UPLOADED_BINDINGS,
      targets,
    );
    imageCheck.function.addEventSource(
      new SqsEventSource(imageChecks, {
        batchSize: 5,
        // Bounded so a burst of uploads waits in the queue instead of tripping Rekognition's TPS quota.
        maxConcurrency: config.imageCheckMaxConcurrency,
        reportBatchItemFailures: true,
      }),
    );


    const api = new HttpApi(this, 'Api', { createDefaultStage: false, description: 'moderation API' });
    const apiLogs = new LogGroup(this, 'ApiAccessLogs', { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    new HttpStage(this, 'DefaultStage', {
      httpApi: api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: config.apiRateLimit, burstLimit: config.apiBurstLimit },
      accessLogSettings: { destination: new LogGroupLogDestination(apiLogs), format: AccessLogFormat.jsonWithStandardFields() },
    });
    const authorizer = new HttpJwtAuthorizer('JwtAuthorizer', config.jwtIssuer, { jwtAudience: config.jwtAudience });

    const imageDecoders: ModerationFunction[] = [imageCheck];
    for (const route of ROUTES) {
      const definition: RouteDefinition = route;
      const routeFunction = bind(
        new ModerationFunction(this, route.id, {
          entry: route.entry,
          description: `${route.method} ${route.path}`,
          ...(definition.bindings.textEngine === true ? { textEngine: true } : {}),
          ...(definition.decodesImages === true ? { decodesImages: true, memorySize: IMAGE_MEMORY_MB, timeout: SYNC_IMAGE_CHECK_TIMEOUT } : {}),
        }),
        definition.bindings,
        targets,
      );
      if (definition.decodesImages === true) imageDecoders.push(routeFunction);
      const [apiRoute] = api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${route.id}Integration`, routeFunction.function),
        ...(route.access === 'public' ? {} : { authorizer }),
      });
      if (route.access === 'public' && apiRoute !== undefined) {
        Validations.of(apiRoute).acknowledge({ id: 'AwsSolutions-APIG4', reason: `${route.path} is public by design (liveness probe, no data)` });
      }
    }

    this.keepQuarantineClosed(uploads, [...imageDecoders.map((decoder) => decoder.role.roleArn), ...config.quarantineReaderArns]);

    new CfnOutput(this, 'ApiUrl', { value: api.apiEndpoint });
    new CfnOutput(this, 'UploadsBucketName', { value: uploads.bucketName });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'EventBusName', { value: events.eventBusName });
  }

  /**
   * Blocked images moved under the quarantine prefix stay unreadable to anyone who can read uploads (the
   * app's roles, a broad admin policy) except the image checks and the configured moderation tools.
   */
  private keepQuarantineClosed(uploads: Bucket, readerArns: readonly string[]): void {
    uploads.addToResourcePolicy(
      new PolicyStatement({
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [uploads.arnForObjects(`${QUARANTINE_PREFIX}*`)],
        conditions: { ArnNotEquals: { 'aws:PrincipalArn': readerArns } },
      }),
    );
  }

  /** CDK's own singleton Lambda that writes the bucket's notification configuration at deploy time. */
  private acknowledgeNotificationsHandler(): void {
    const handler = this.node.children.find((child) => child.node.id.startsWith('BucketNotificationsHandler'));
    if (handler === undefined) throw new Error('bucket notifications handler not found; did the CDK rename it?');
    Validations.of(handler).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: 'CDK-managed deploy-time handler for bucket notifications; it only writes its own logs',
    });
  }
}
