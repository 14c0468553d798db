import { Architecture } from 'aws-cdk-lib/aws-lambda';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * sharp is a native module: esbuild cannot bundle it, and `cdk synth` must stay offline (no `npm install`
 * into the asset). So the image functions leave it external and ship the installed copy beside the
 * bundle, with the Linux binary npm installed here; that binary fixes the function's architecture.
 */
const LINUX_BINARIES = [
  { cpu: 'arm64', architecture: Architecture.ARM_64 },
  { cpu: 'x64', architecture: Architecture.X86_64 },
] as const;

/** Node's own lookup: the nearest `node_modules/<name>` from `fromDir` upwards. */
const packageDir = (name: string, fromDir: string): string | undefined => {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
};

export interface SharpBinary {
  readonly architecture: Architecture;
  /** Package folders relative to the project root, to copy into the asset's `node_modules/` as they are. */
  readonly packageDirs: readonly string[];
}

/** Where `npm run lambda-binaries` puts sharp's linux-arm64 build, apart from the machine's own node_modules. */
export const LAMBDA_DEPS_DIR = '.lambda';
export const SHARP_INSTALL_HINT = 'npm run lambda-binaries';

/**
 * The sharp install that can run on Lambda (glibc Linux): the arm64 build fetched into `.lambda/` first,
 * else the one npm installed for this machine; undefined when neither is Linux (e.g. on macOS).
 */
export const findSharpBinary = (projectRoot: string): SharpBinary | undefined => {
  for (const root of [join(projectRoot, LAMBDA_DEPS_DIR), projectRoot]) {
    const sharp = packageDir('sharp', root);
    if (sharp === undefined) continue;
    for (const { cpu, architecture } of LINUX_BINARIES) {
      const names = ['@img/colour', 'detect-libc', 'semver', `@img/sharp-linux-${cpu}`, `@img/sharp-libvips-linux-${cpu}`];
      const dirs = [sharp, ...names.map((name) => packageDir(name, sharp))];
      if (dirs.every((dir) => dir !== undefined)) return { architecture, packageDirs: dirs.map((dir) => relative(projectRoot, dir)) };
    }
  }
  return undefined;
};

/** Shell commands (run by the CDK's local bundling) that copy the packages into the asset. */
export const copySharpCommands = (binary: SharpBinary, inputDir: string, outputDir: string): string[] =>
  binary.packageDirs.flatMap((dir) => {
    const target = join(outputDir, dir.slice(dir.lastIndexOf('node_modules')));
    return [`mkdir -p "${dirname(target)}"`, `cp -R "${join(inputDir, dir)}" "${target}"`];
  });
