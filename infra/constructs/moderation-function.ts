import { Annotations, Duration, RemovalPolicy, Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { basename, join } from 'node:path';
import type { AccessMode } from '../../functions/routes';
import { lexiconFingerprint } from '../../functions/text/lexicon-index';
import { copySharpCommands, findSharpBinary, SHARP_INSTALL_HINT } from './sharp-binary';

const OBJECT_READ_ACTIONS = ['s3:GetObject', 's3:GetObjectVersion', 's3:GetObjectTagging'];
const OBJECT_WRITE_ACTIONS = ['s3:PutObject', 's3:PutObjectTagging', 's3:PutObjectVersionTagging', 's3:DeleteObject', 's3:DeleteObjectVersion'];
/** Rekognition's image operations; they have no resource-level permissions. */
const REKOGNITION_ACTIONS = ['rekognition:DetectModerationLabels', 'rekognition:DetectText'];

/** How cdk-nag names a resource's ARN in its findings: `<LogicalId.Arn>`. */
const nagArnOf = (construct: Construct): string => `<${Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement)}.Arn>`;

const FUNCTIONS_DIR = join(import.meta.dirname, '../../functions');
const TEXT_MODEL_FILE = 'functions/text/model/text-model.bin';

const PROJECT_ROOT = join(import.meta.dirname, '../..');

let fingerprint: string | undefined;
/**
 * The lexicons' fingerprint, written into a text engine's bundle, which then reads its term index without
 * loading the lexicons (functions/text/lexicon-index.ts): the index file compiled beside it must carry the same.
 */
const bundledFingerprint = (): string => {
  fingerprint ??= lexiconFingerprint();
  return fingerprint;
};

/** The text engine's data beside a bundle: the model, copied; the lexicons, compiled from the same sources as the bundle. */
const textEngineCommands = (inputDir: string, outputDir: string): string[] => [
  `cp "${inputDir}/${TEXT_MODEL_FILE}" "${outputDir}/${basename(TEXT_MODEL_FILE)}"`,
  `"${inputDir}/node_modules/.bin/tsx" "${inputDir}/scripts/build-term-index.ts" "${outputDir}" ${bundledFingerprint()}`,
];

export interface ModerationFunctionProps {
  /** Entry file relative to `functions/`, exporting `handler`. */
  readonly entry: string;
  readonly description: string;
  /** @default Duration.seconds(10) */
  readonly timeout?: Duration;
  /** @default 512 */
  readonly memorySize?: number;
  /**
   * Runs the text engine: the learned model is copied beside the bundle and the lexicons are compiled
   * there (scripts/build-term-index.ts), so a cold start reads the automaton instead of building it; the
   * bundle is told the lexicons' fingerprint and leaves their source out. The modules load both relative
   * to themselves.
   */
  readonly textEngine?: boolean;
  /** Decodes images with sharp: its native Linux binary ships beside the bundle and decides the architecture. */
  readonly decodesImages?: boolean;
}

/**
 * Every Lambda of the service: current Node LTS on arm64 (image decoders: the architecture of the
 * installed sharp binary), bundled by the locally installed esbuild
 * (no Docker), minified with source maps, its own log group, and a role that starts with nothing but
 * writing its logs (no managed policy); `bindTable`/`bindBucket` add exactly the access it needs.
 */
export class ModerationFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: ModerationFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    this.role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), description: `runs ${props.entry}` });
    logGroup.grantWrite(this.role);
    const sharp = props.decodesImages === true ? findSharpBinary(PROJECT_ROOT) : undefined;
    if (props.decodesImages === true && sharp === undefined) {
      Annotations.of(this).addError(`${props.entry} decodes images, but npm installed no Linux build of sharp here; run \`${SHARP_INSTALL_HINT}\` and synth again`);
    }
    this.function = new NodejsFunction(this, 'Function', {
      entry: join(FUNCTIONS_DIR, props.entry),
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: sharp?.architecture ?? Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup,
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
      environment: { POWERTOOLS_SERVICE_NAME: 'moderation' },
      bundling: {
        minify: true,
        sourceMap: true,
        format: OutputFormat.ESM,
        target: 'node24',
        mainFields: ['module', 'main'],
        // The runtime's own AWS SDK, as by default; sharp is copied in with its binary instead of bundled.
        externalModules: ['@aws-sdk/*', ...(sharp === undefined ? [] : ['sharp'])],
        // Some dependencies still call require(); give the ESM bundle one.
        banner: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
        ...(props.textEngine === true ? { define: { 'globalThis.TERM_INDEX_FINGERPRINT': JSON.stringify(bundledFingerprint()) } } : {}),
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir: string, outputDir: string) => [
            ...(props.textEngine === true ? textEngineCommands(inputDir, outputDir) : []),
            ...(sharp === undefined ? [] : copySharpCommands(sharp, inputDir, outputDir)),
          ],
        },
      },
    });
  }

  /** Sets TABLE_NAME and grants exactly read or read-write data access to the table and its index. */
  bindTable(table: ITableV2, mode: AccessMode): this {
    this.function.addEnvironment('TABLE_NAME', table.tableName);
    if (mode === 'read') table.grantReadData(this.function);
    else table.grantReadWriteData(this.function);
    this.acknowledgeWildcard(`${nagArnOf(table)}/index/*`, 'the wildcard covers the indexes of this one table (the review-queue GSI)');
    return this;
  }

  /** Sets UPLOADS_BUCKET and grants object-level read or read-write on that bucket only: no listing, no bucket admin. */
  bindBucket(bucket: IBucket, mode: AccessMode): this {
    this.function.addEnvironment('UPLOADS_BUCKET', bucket.bucketName);
    const actions = mode === 'read' ? OBJECT_READ_ACTIONS : [...OBJECT_READ_ACTIONS, ...OBJECT_WRITE_ACTIONS];
    this.function.addToRolePolicy(new PolicyStatement({ actions, resources: [bucket.arnForObjects('*')] }));
    this.acknowledgeWildcard(`${nagArnOf(bucket)}/*`, 'object keys are chosen per upload; access is limited to objects of this one bucket');
    return this;
  }

  /** Sets EVENT_BUS_NAME and grants PutEvents on that bus only. */
  bindEventBus(bus: IEventBus): this {
    this.function.addEnvironment('EVENT_BUS_NAME', bus.eventBusName);
    bus.grantPutEventsTo(this.function);
    return this;
  }

  /** Grants the image-moderation calls; Rekognition reads S3 objects with this role, so bind the bucket too. */
  bindRekognition(): this {
    this.function.addToRolePolicy(new PolicyStatement({ actions: REKOGNITION_ACTIONS, resources: ['*'] }));
    this.acknowledgeWildcard('*', 'DetectModerationLabels and DetectText support no resource-level permissions; the statement allows only those two reads');
    return this;
  }

  private acknowledgeWildcard(resource: string, reason: string): void {
    Validations.of(this.role).acknowledge({ id: `AwsSolutions-IAM5[Resource::${resource}]`, reason });
  }
}
