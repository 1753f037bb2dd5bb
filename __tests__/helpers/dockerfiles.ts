/**
 * A two-stage app for comparisons: `build` holds 100,000 random bytes, the
 * runtime target copies them and adds `runtime` random bytes; `extra` adds
 * stages between the two.
 */
export function appDockerfile(runtime: number, extra = ''): string {
  return [
    'FROM stage-size-fixture/busybox AS build',
    'RUN head -c 100000 /dev/urandom > /build.bin',
    extra,
    'FROM stage-size-fixture/busybox AS runtime',
    'COPY --from=build /build.bin /build.bin',
    `RUN head -c ${runtime} /dev/urandom > /app.bin`,
    ''
  ].join('\n')
}
