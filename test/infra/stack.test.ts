import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, UPLOADS_PREFIX } from '../../functions/routes';
import { ModerationStack } from '../../infra/stacks/moderation-stack';

const CONTEXT = {
  'moderation:jwtIssuer': 'https://issuer.example.com/pool',
  'moderation:jwtAudience': 'moderation-api,app-client',
  'moderation:imageCheckMaxConcurrency': 7,
};

const synthWithNag = (build: (app: App) => void): App => {
  const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'cdk-out-')), context: CONTEXT });
  build(app);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  app.synth();
  return app;
};

describe('ModerationStack', () => {
  let template: Template;

  beforeAll(() => {
    // GIVEN the real app, bundled with the local esbuild and checked by cdk-nag
    let stack: ModerationStack | undefined;
    synthWithNag((app) => {
      stack = new ModerationStack(app, 'Moderation');
    });
    template = Template.fromStack(stack as ModerationStack);
  }, 120_000);

  it('passes cdk-nag AwsSolutions checks with every finding acknowledged (synth would throw otherwise)', () => {
    expect(template.toJSON().Resources).toBeDefined();
  });

  it('the nag gate fails a stack with an unacknowledged finding', () => {
    expect(() => synthWithNag((app) => new Bucket(new Stack(app, 'Bare'), 'Bucket'))).toThrow(/AwsSolutions-S1/);
  });

  it('has one on-demand table with PK/SK, one GSI, a TTL attribute and point-in-time recovery', () => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [Match.objectLike({ IndexName: 'gsi1' })],
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
    });
  });

  it('blocks public access to the uploads bucket, encrypts it and refuses non-TLS requests', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it(`sends ObjectCreated under ${UPLOADS_PREFIX} to a queue with a DLQ, drained by the image check at bounded concurrency`, () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        QueueConfigurations: [Match.objectLike({ Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: UPLOADS_PREFIX }] } } })],
      },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: Match.objectLike({ maxReceiveCount: 5 }) });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      ScalingConfig: { MaximumConcurrency: 7 },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it('runs every function on Node 24 LTS, arm64', () => {
    const all = template.findResources('AWS::Lambda::Function');
    // CDK's own deploy-time helper (bucket notifications) is not ours to configure.
    const functions = Object.entries(all).filter(([logicalId]) => !logicalId.startsWith('BucketNotificationsHandler'));
    expect(functions).toHaveLength(ROUTES.length + 1);
    for (const [, fn] of functions) {
      expect(fn.Properties).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'] });
    }
  });

  it('serves every route of the route table, behind the JWT authorizer unless public', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: CONTEXT['moderation:jwtIssuer'], Audience: ['moderation-api', 'app-client'] },
    });
    for (const route of ROUTES) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: `${route.method} ${route.path}`,
        AuthorizationType: route.access === 'public' ? 'NONE' : 'JWT',
      });
    }
  });

  it('scopes every IAM statement to named resources: no account-wide wildcard', () => {
    const policies = template.findResources('AWS::IAM::Policy');
    const statements = Object.values(policies).flatMap((policy) => policy.Properties.PolicyDocument.Statement as { Resource: unknown; Action: unknown }[]);
    const dynamoStatements = statements.filter((statement) => JSON.stringify(statement.Action).includes('dynamodb:'));
    expect(dynamoStatements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect([statement.Resource].flat()).not.toContain('*');
    }
    for (const statement of dynamoStatements) {
      expect(JSON.stringify(statement.Resource)).toMatch(/Table/);
    }
    const s3Statements = statements.filter((statement) => JSON.stringify(statement.Action).includes('"s3:'));
    for (const statement of s3Statements) expect(JSON.stringify(statement.Resource)).toMatch(/Uploads/);
  });
});
