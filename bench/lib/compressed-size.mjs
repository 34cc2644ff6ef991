import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes as served minified, gzipped at level 9 and brotli at quality 11, each file on its own. */
export function compressedSize(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** Files fetched one by one: each is compressed separately, then the sizes are added. */
export function sumSizes(sizes) {
  return sizes.reduce((sum, s) => ({ min: sum.min + s.min, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), {
    min: 0,
    gzip: 0,
    brotli: 0,
  });
}
