/**
 * One status line on stderr for long runs: rewritten in place on a terminal; in a log (not a TTY) only
 * the finished steps are written, so CI output stays readable.
 */
export const progressLine = (stream: NodeJS.WriteStream = process.stderr) => ({
  update(message: string): void {
    if (stream.isTTY) stream.write(`\r${message}\u001b[K`);
  },
  done(message: string): void {
    stream.write(stream.isTTY ? `\r${message}\u001b[K\n` : `${message}\n`);
  },
});
