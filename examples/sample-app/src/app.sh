#!/bin/sh
# The sample app: greets, or checks itself with --self-test.
if [ "$1" = "--self-test" ]; then
  [ -f /out/libvendor.so ] && echo "ok: library present" && exit 0
  echo "fail: library missing" && exit 1
fi
echo "hello from the sample app"
