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

export const SHARP_INSTALL_HINT = 'npm install --no-save --os=linux --cpu=arm64 sharp';

/** The sharp install that can run on Lambda (glibc Linux), arm64 preferred; undefined when npm installed none (e.g. on macOS). */
export const findSharpBinary = (projectRoot: string): SharpBinary | undefined => {
  const sharp = packageDir('sharp', projectRoot);
  if (sharp === undefined) return undefined;
  for (const { cpu, architecture } of LINUX_BINARIES) {
    const names = ['sharp', '@img/colour', 'detect-libc', 'semver', `@img/sharp-linux-${cpu}`, `@img/sharp-libvips-linux-${cpu}`];
    const dirs = names.map((name) => (name === 'sharp' ? sharp : packageDir(name, sharp)));
    if (dirs.every((dir) => dir !== undefined)) return { architecture, packageDirs: dirs.map((dir) => relative(projectRoot, dir)) };
  }
  return undefined;
};

/** Shell commands (run by the CDK's local bundling) that copy the packages into the asset. */
export const copySharpCommands = (binary: SharpBinary, inputDir: string, outputDir: string): string[] =>
  binary.packageDirs.flatMap((dir) => {
    const target = join(outputDir, dir.slice(dir.lastIndexOf('node_modules')));
    return [`mkdir -p "${dirname(target)}"`, `cp -R "${join(inputDir, dir)}" "${target}"`];
  });
