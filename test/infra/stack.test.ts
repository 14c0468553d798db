import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUARANTINE_PREFIX, ROUTES, UPLOADS_PREFIX, type RouteDefinition } from '../../functions/routes';
import { lexiconFingerprint } from '../../functions/text/lexicon-index';
import { decodeTermIndex } from '../../functions/text/match/term-index-file';
import { findSharpBinary } from '../../infra/constructs/sharp-binary';
import { ModerationStack } from '../../infra/stacks/moderation-stack';

const CONTEXT = {
  'moderation:jwtIssuer': 'https://issuer.example.com/pool',
  'moderation:jwtAudience': 'moderation-api,app-client',
  'moderation:imageCheckMaxConcurrency': 7,
};

const synthWithNag = (build: (app: App) => void, outdir = mkdtempSync(join(tmpdir(), 'cdk-out-'))): App => {
  const app = new App({ outdir, context: CONTEXT });
  build(app);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  app.synth();
  return app;
};

type SharpFactory = (input?: Buffer | { create: { width: number; height: number; channels: 3; background: string } }) => {
  png(): { toBuffer(): Promise<Buffer> };
  metadata(): Promise<{ width?: number; height?: number; format?: string }>;
};

/** The Linux sharp build the image decoders ship (`npm run lambda-binaries`'s arm64 one, else this machine's). */
const SHARP_ARCHITECTURE = findSharpBinary(join(import.meta.dirname, '../..'))?.architecture.name;
const RUNS_HERE = SHARP_ARCHITECTURE === (process.arch === 'arm64' ? 'arm64' : 'x86_64') && process.platform === 'linux';

describe('ModerationStack', () => {
  let template: Template;
  let outdir: string;

  // CDK's own deploy-time helper (bucket notifications) is not ours to configure.
  const ourFunctions = () => Object.entries(template.findResources('AWS::Lambda::Function')).filter(([logicalId]) => !logicalId.startsWith('BucketNotificationsHandler'));
  /** Logical ids start with the construct id: `CheckImageFunction1A2B...`. */
  const routeIdOf = (logicalId: string) => logicalId.replace(/(Function|Role)[A-Za-z0-9]*$/, '');
  const imageDecoderIds = () => ['ImageUploaded', ...ROUTES.filter((route: RouteDefinition) => route.decodesImages === true).map((route) => route.id)];
  const assetDirOf = (id: string) => {
    const entry = ourFunctions().find(([logicalId]) => routeIdOf(logicalId) === id);
    // The asset zip is named by the hash of the staged folder `asset.<hash>` in the cloud assembly.
    const s3Key = (entry?.[1].Properties.Code as { S3Key?: string } | undefined)?.S3Key;
    if (s3Key === undefined) throw new Error(`no asset for ${id}`);
    return join(outdir, `asset.${s3Key.replace(/\.zip$/, '')}`);
  };

  beforeAll(() => {
    // GIVEN the real app, bundled with the local esbuild and checked by cdk-nag
    let stack: ModerationStack | undefined;
    outdir = mkdtempSync(join(tmpdir(), 'cdk-out-'));
    synthWithNag((app) => {
      stack = new ModerationStack(app, 'Moderation');
    }, outdir);
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

  it('runs every function on Node 24 LTS, arm64 but for image decoders, which take the architecture of the sharp binary they ship', () => {
    const functions = ourFunctions();
    expect(functions).toHaveLength(ROUTES.length + 1);
    const decoders = new Set(imageDecoderIds());
    for (const [logicalId, fn] of functions) {
      const architecture = decoders.has(routeIdOf(logicalId)) ? SHARP_ARCHITECTURE : 'arm64';
      expect(fn.Properties, logicalId).toMatchObject({ Runtime: 'nodejs24.x', Architectures: [architecture] });
    }
  });

  it('ships a working sharp and the text model inside each image decoder asset, and the model inside the text check', async () => {
    for (const id of imageDecoderIds()) {
      const asset = assetDirOf(id);
      expect(existsSync(join(asset, 'text-model.bin')), id).toBe(true);
      const cpu = SHARP_ARCHITECTURE === 'arm64' ? 'arm64' : 'x64';
      expect(readdirSync(join(asset, `node_modules/@img/sharp-linux-${cpu}/lib`)).some((file) => file.endsWith('.node')), id).toBe(true);
      // A binary built for another CPU cannot be loaded here; the package tree is checked above.
      if (!RUNS_HERE) continue;
      // The copied package tree must resolve on its own: decode a real PNG with it.
      const sharp = ((await import(pathToFileURL(join(asset, 'node_modules/sharp/dist/index.mjs')).href)) as { default: SharpFactory }).default;
      const png = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#c00' } }).png().toBuffer();
      expect(await sharp(png).metadata(), id).toMatchObject({ width: 4, height: 3, format: 'png' });
    }
    expect(existsSync(join(assetDirOf('CheckText'), 'text-model.bin'))).toBe(true);
    expect(existsSync(join(assetDirOf('CheckText'), 'node_modules'))).toBe(false);
  });

  it('compiles the lexicons beside every bundle that runs the text engine, from the lexicons of this tree', () => {
    for (const id of [...imageDecoderIds(), 'CheckText']) {
      const loaded = decodeTermIndex(readFileSync(join(assetDirOf(id), 'term-index.bin')), lexiconFingerprint());
      expect(loaded?.terms.length, id).toBeGreaterThan(50_000);
    }
  });

  it('bundles the text check without the lexicons, and its first check reads the index compiled beside it', () => {
    // GIVEN the CheckText asset as Lambda gets it
    const asset = assetDirOf('CheckText');
    // THEN no lexicon source is in the bundle ("bhosdike" is a term of the Hindi lexicon alone) ...
    expect(readFileSync(join(asset, 'index.mjs'), 'utf8')).not.toContain('bhosdike');
    // ... and loading the handler, which checks a text while it initialises, works from the index file. The
    // asset runs from a copy beside this project's node_modules, which stands in for the runtime's AWS SDK.
    const runtime = mkdtempSync(join(tmpdir(), 'lambda-'));
    symlinkSync(join(import.meta.dirname, '../../node_modules'), join(runtime, 'node_modules'));
    cpSync(asset, join(runtime, 'task'), { recursive: true });
    const loaded = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(join(runtime, 'task/index.mjs')).href)});`], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(loaded.stderr).toBe('');
    expect(loaded.status).toBe(0);
  });

  it('grants Rekognition to the image decoders only', () => {
    const rekognitionUsers = Object.entries(template.findResources('AWS::IAM::Policy'))
      .filter(([, policy]) => JSON.stringify(policy.Properties.PolicyDocument).includes('rekognition:DetectModerationLabels'))
      .map(([logicalId]) => routeIdOf(logicalId));
    expect(rekognitionUsers.sort()).toEqual(imageDecoderIds().sort());
  });

  it('keeps quarantined images unreadable to everyone but the image decoders', () => {
    const [policy] = Object.values(template.findResources('AWS::S3::BucketPolicy')).filter((candidate) => JSON.stringify(candidate).includes(QUARANTINE_PREFIX));
    const deny = (policy?.Properties.PolicyDocument.Statement as { Effect: string; Action: string[]; Resource: unknown; Condition: { ArnNotEquals: { 'aws:PrincipalArn': unknown[] } } }[]).find(
      (statement) => statement.Effect === 'Deny' && JSON.stringify(statement.Resource).includes(QUARANTINE_PREFIX),
    );
    expect(deny?.Action).toContain('s3:GetObject');
    const exempt = JSON.stringify(deny?.Condition.ArnNotEquals['aws:PrincipalArn']);
    for (const id of imageDecoderIds()) expect(exempt).toContain(`${id}Role`);
    expect(deny?.Condition.ArnNotEquals['aws:PrincipalArn']).toHaveLength(imageDecoderIds().length);
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
      // Rekognition's image calls have no resource-level permissions; the nag acknowledgement says so.
      if (JSON.stringify(statement.Action).includes('rekognition:')) expect(statement.Action).toEqual(['rekognition:DetectModerationLabels', 'rekognition:DetectText']);
      else expect([statement.Resource].flat()).not.toContain('*');
    }
    for (const statement of dynamoStatements) {
      expect(JSON.stringify(statement.Resource)).toMatch(/Table/);
    }
    const s3Statements = statements.filter((statement) => JSON.stringify(statement.Action).includes('"s3:'));
    for (const statement of s3Statements) expect(JSON.stringify(statement.Resource)).toMatch(/Uploads/);
  });
});
