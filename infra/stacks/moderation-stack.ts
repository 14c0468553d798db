import { CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { AttributeType, Billing, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, EventType, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { TABLE_SCHEMA } from '../../functions/adapters/dynamodb/table-schema';
import { IMAGE_UPLOADED_ENTRY, ROUTES, UPLOADS_PREFIX } from '../../functions/routes';
import { readConfig } from '../config';
import { ModerationFunction } from '../constructs/moderation-function';

const IMAGE_CHECK_TIMEOUT = Duration.seconds(60);

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

    const imageCheck = new ModerationFunction(this, 'ImageUploaded', {
      entry: IMAGE_UPLOADED_ENTRY,
      description: 'checks images uploaded to the uploads bucket',
      timeout: IMAGE_CHECK_TIMEOUT,
      memorySize: 1024,
    })
      .bindTable(table, 'readwrite')
      .bindBucket(uploads, 'readwrite');
    imageCheck.function.addEventSource(
      new SqsEventSource(imageChecks, {
        batchSize: 5,
        // Bounded so a burst of uploads waits in the queue instead of tripping Rekognition's TPS quota.
        maxConcurrency: config.imageCheckMaxConcurrency,
        reportBatchItemFailures: true,
      }),
    );

    const events = new EventBus(this, 'Events', { description: 'moderation decisions and standing changes for the app' });
    imageCheck.bindEventBus(events);

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

    for (const route of ROUTES) {
      const routeFunction = new ModerationFunction(this, route.id, { entry: route.entry, description: `${route.method} ${route.path}` });
      if ('table' in route.bindings) routeFunction.bindTable(table, route.bindings.table);
      if ('events' in route.bindings) routeFunction.bindEventBus(events);
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

    new CfnOutput(this, 'ApiUrl', { value: api.apiEndpoint });
    new CfnOutput(this, 'UploadsBucketName', { value: uploads.bucketName });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'EventBusName', { value: events.eventBusName });
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
