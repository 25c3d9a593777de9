/* The AVX-512 VNNI products (vpdpbusd: unsigned byte x signed byte, four products summed into each int32
 * lane): the ternary GEMV of a decode step, the ternary tile of a prefill, the int8 rows of the LM head.
 * Part of kernel.c's translation unit, included before the products that call them. */

#define AVX512 "avx2,fma,avx512f,avx512bw,avx512vl,avx512vnni"

/* acc += vpdpbusd(u, s) in place. Inline assembly, not _mm512_dpbusd_epi32: GCC 12 moves each intrinsic's
 * accumulator through another register and back every iteration (two extra instructions per vpdpbusd in
 * the loops below, measured slower). */
#define DPBUSD(acc, u, s) __asm__("vpdpbusd %2, %1, %0" : "+v"(acc) : "v"(u), "v"(s))

/* Decode (M = 1) with vpdpbusd: the four row sums s[0..3] of one group (code . x, codes w + 1). A 64-byte
 * load holds one block of two rows. Instead of shifting each 2-bit field down, it is masked in place (0xC0,
 * 0x30, 0x0C, 0x03: code * 64, 16, 4, 1; at most 128, still an unsigned byte) and each field has its own
 * int32 accumulators, divided back exactly at the end (every term is a multiple of its field's factor). Per
 * 128 bytes of weights: 8 ands + 8 vpdpbusd, against ~60 AVX2 instructions, so the core keeps well ahead
 * of DRAM. Lane sums stay far inside int32 (|term| <= 4 * 128 * 128). The accumulators are named variables,
 * not an array: GCC copied an array's eight registers every iteration (16 extra moves per 128 bytes). */
__attribute__((target(AVX512), always_inline)) static inline void group_sums_avx512(const uint8_t *w, const int8_t *x,
                                                                                  int64_t nblocks, int32_t *s) {
    const __m512i m0 = _mm512_set1_epi8((char)0xC0), m1 = _mm512_set1_epi8(0x30), m2 = _mm512_set1_epi8(0x0C),
                  m3 = _mm512_set1_epi8(0x03);
    __m512i a00 = _mm512_setzero_si512(), a01 = a00, a10 = a00, a11 = a00, a20 = a00, a21 = a00, a30 = a00,
            a31 = a00;  /* a<field><row pair> */
    for (int64_t b = 0; b < nblocks; b++) {
        const uint8_t *wb = w + b * GROUP_STEP;
        const __m512i p01 = _mm512_loadu_si512(wb), p23 = _mm512_loadu_si512(wb + 64);
        const int8_t *xb = x + b * BLOCK;
        const __m512i x0 = _mm512_broadcast_i64x4(_mm256_loadu_si256((const __m256i *)xb));
        const __m512i x1 = _mm512_broadcast_i64x4(_mm256_loadu_si256((const __m256i *)(xb + 32)));
        const __m512i x2 = _mm512_broadcast_i64x4(_mm256_loadu_si256((const __m256i *)(xb + 64)));
        const __m512i x3 = _mm512_broadcast_i64x4(_mm256_loadu_si256((const __m256i *)(xb + 96)));
        DPBUSD(a00, _mm512_and_si512(p01, m0), x0);
        DPBUSD(a01, _mm512_and_si512(p23, m0), x0);
        DPBUSD(a10, _mm512_and_si512(p01, m1), x1);
        DPBUSD(a11, _mm512_and_si512(p23, m1), x1);
        DPBUSD(a20, _mm512_and_si512(p01, m2), x2);
        DPBUSD(a21, _mm512_and_si512(p23, m2), x2);
        DPBUSD(a30, _mm512_and_si512(p01, m3), x3);
        DPBUSD(a31, _mm512_and_si512(p23, m3), x3);
    }
    const __m512i t01 = _mm512_add_epi32(_mm512_add_epi32(_mm512_srai_epi32(a00, 6), _mm512_srai_epi32(a10, 4)),
                                         _mm512_add_epi32(_mm512_srai_epi32(a20, 2), a30));
    const __m512i t23 = _mm512_add_epi32(_mm512_add_epi32(_mm512_srai_epi32(a01, 6), _mm512_srai_epi32(a11, 4)),
                                         _mm512_add_epi32(_mm512_srai_epi32(a21, 2), a31));
    s[0] = hsum_epi32(_mm512_castsi512_si256(t01));  /* lower 32 bytes: row 0 */
    s[1] = hsum_epi32(_mm512_extracti64x4_epi64(t01, 1));
    s[2] = hsum_epi32(_mm512_castsi512_si256(t23));
    s[3] = hsum_epi32(_mm512_extracti64x4_epi64(t23, 1));
}

/* group_sums_avx512 into raw[r * TILE] (ternary_product's layout). */
__attribute__((target(AVX512))) static void ternary_group_avx512(const uint8_t *w, const int8_t *x,
                                                                 int64_t nblocks, int32_t *raw) {
    int32_t s[ROWS];
    group_sums_avx512(w, x, nblocks, s);
    for (int r = 0; r < ROWS; r++) raw[r * TILE] = s[r];
}

/* Groups g0..g1 of a decode GEMV (a thread's share in kernel_layer.c), all in one AVX-512 function rather
 * than a call per group: out[n] = (s - xsum) / (xs * w_scale[n]), or out[n] + that where accumulate. */
__attribute__((target(AVX512))) static void ternary_rows_avx512(const uint8_t *w, int64_t g0, int64_t g1,
                                                                int64_t nblocks, const int8_t *x, int32_t xsum,
                                                                float xs, const float *w_scale, int64_t N,
                                                                float *out, int accumulate) {
    for (int64_t g = g0; g < g1; g++) {
        int32_t s[ROWS];
        group_sums_avx512(w + g * nblocks * GROUP_STEP, x, nblocks, s);
        for (int r = 0; r < ROWS && g * ROWS + r < N; r++) {
            const int64_t n = g * ROWS + r;
            const float y = (float)(s[r] - xsum) / (xs * w_scale[n]);
            out[n] = accumulate ? out[n] + y : y;
        }
    }
}

/* Prefill (M > 1): T <= TILE tokens (a compile-time constant) against one group of 4 rows. Unlike the GEMV,
 * which is bound by memory, this is bound by vpdpbusd (one 512-bit one per cycle on Zen 4): each field of a
 * block's 128 bytes is decoded once (shift + mask: codes 0..2 of two rows by 32 columns, two vectors) and
 * meets every token's activations, 2 vpdpbusd per token and field, one accumulator per token and row pair.
 * Field by field, not all eight code vectors at once: 16 accumulators, 2 code vectors, the mask and one
 * activation vector fit the 32 registers, and consecutive vpdpbusd write different accumulators (~0.87 of
 * the peak on one core, against ~0.7 with all codes decoded first and GCC spilling accumulators).
 * acc[t][q] for t >= T stay zero. */
__attribute__((target(AVX512), always_inline)) static inline void tile_accumulate(
    const uint8_t *w, const int8_t *xp, const int T, int64_t Kp, int64_t nblocks, __m512i acc[TILE][2]) {
    const __m512i mask = _mm512_set1_epi8(3);
    for (int t = 0; t < TILE; t++) acc[t][0] = acc[t][1] = _mm512_setzero_si512();
    for (int64_t b = 0; b < nblocks; b++) {
        const __m512i p0 = _mm512_loadu_si512(w + b * GROUP_STEP), p1 = _mm512_loadu_si512(w + b * GROUP_STEP + 64);
        const int8_t *xb = xp + b * BLOCK;
        for (int f = 0; f < 4; f++) {  /* field f: columns 32f + j of the block, bits 7-2f:6-2f of byte j */
            const __m512i c0 = _mm512_and_si512(_mm512_srli_epi16(p0, 6 - 2 * f), mask);
            const __m512i c1 = _mm512_and_si512(_mm512_srli_epi16(p1, 6 - 2 * f), mask);
            for (int t = 0; t < T; t++) {
                const __m512i xf = _mm512_broadcast_i64x4(_mm256_load_si256((const __m256i *)(xb + t * Kp + 32 * f)));
                acc[t][0] = _mm512_dpbusd_epi32(acc[t][0], c0, xf);  /* the intrinsic: with an array of */
                acc[t][1] = _mm512_dpbusd_epi32(acc[t][1], c1, xf);  /* accumulators DPBUSD spills them */
            }
        }
    }
}

/* The prefill's hot path: 12 tokens (WIDE_TILE) against one group, the same operations as tile_accumulate with
 * the 24 accumulators as named variables and vpdpbusd in inline assembly (with an array GCC 12 moved
 * accumulators between registers dozens of times per block; named, twice). Twelve tokens, not eight: the
 * block's two code vectors per field (a shift and a mask each) then feed 24 vpdpbusd instead of 16, and 24
 * accumulators + 2 codes + the mask + one activation vector still fit the 32 registers. At the 2B4T shapes on
 * the dev VM's Zen 4: 2-5% more GMAC/s than eight tokens on one and two threads (in a loop of only this,
 * two threads: ~400 of the 460 that independent vpdpbusd reach); sixteen tokens of one row pair (one
 * broadcast per vpdpbusd) and six tokens of two groups measured slower. */
#define WIDE_TILE 12
__attribute__((target(AVX512), always_inline)) static inline void tile_accumulate_wide(
    const uint8_t *w, const int8_t *xp, int64_t Kp, int64_t nblocks, __m512i acc[WIDE_TILE][2]) {
    const __m512i mask = _mm512_set1_epi8(3);
    __m512i a00 = _mm512_setzero_si512(), a01 = a00, a10 = a00, a11 = a00, a20 = a00, a21 = a00, a30 = a00,
            a31 = a00, a40 = a00, a41 = a00, a50 = a00, a51 = a00, a60 = a00, a61 = a00, a70 = a00, a71 = a00,
            a80 = a00, a81 = a00, a90 = a00, a91 = a00, aA0 = a00, aA1 = a00, aB0 = a00, aB1 = a00;
    for (int64_t b = 0; b < nblocks; b++) {
        const __m512i p0 = _mm512_loadu_si512(w + b * GROUP_STEP), p1 = _mm512_loadu_si512(w + b * GROUP_STEP + 64);
        const int8_t *xb = xp + b * BLOCK;
        for (int f = 0; f < 4; f++) {
            const __m512i c0 = _mm512_and_si512(_mm512_srli_epi16(p0, 6 - 2 * f), mask);
            const __m512i c1 = _mm512_and_si512(_mm512_srli_epi16(p1, 6 - 2 * f), mask);
#define TOKEN(a, t)                                                                                           \
            {                                                                                                 \
                const __m512i xf = _mm512_broadcast_i64x4(_mm256_load_si256((const __m256i *)(xb + t * Kp + 32 * f))); \
                DPBUSD(a##0, c0, xf);                                                                         \
                DPBUSD(a##1, c1, xf);                                                                         \
            }
            TOKEN(a0, 0) TOKEN(a1, 1) TOKEN(a2, 2) TOKEN(a3, 3) TOKEN(a4, 4) TOKEN(a5, 5) TOKEN(a6, 6) TOKEN(a7, 7)
            TOKEN(a8, 8) TOKEN(a9, 9) TOKEN(aA, 10) TOKEN(aB, 11)
#undef TOKEN
        }
    }
    acc[0][0] = a00; acc[0][1] = a01; acc[1][0] = a10; acc[1][1] = a11; acc[2][0] = a20; acc[2][1] = a21;
    acc[3][0] = a30; acc[3][1] = a31; acc[4][0] = a40; acc[4][1] = a41; acc[5][0] = a50; acc[5][1] = a51;
    acc[6][0] = a60; acc[6][1] = a61; acc[7][0] = a70; acc[7][1] = a71; acc[8][0] = a80; acc[8][1] = a81;
    acc[9][0] = a90; acc[9][1] = a91; acc[10][0] = aA0; acc[10][1] = aA1; acc[11][0] = aB0; acc[11][1] = aB1;
}

/* The 16 sums of eight accumulators a[t] (lanes 0-7 partial sums of one row, 8-15 of the next) as one vector
 * [row 0: tokens 0..7 | row 1: tokens 0..7], by a transposing reduction: 22 instructions for 16 sums, where
 * a horizontal sum each took ~110 (a sixth of the loop's work at K = 2560). */
__attribute__((target(AVX512), always_inline)) static inline __m512i tile_sums(const __m512i a[TILE]) {
    __m512i u[4], v[2];
    for (int i = 0; i < 4; i++)  /* per 128-bit chunk: [a2i l0+l2, a2i+1 l0+l2, a2i l1+l3, a2i+1 l1+l3] */
        u[i] = _mm512_add_epi32(_mm512_unpacklo_epi32(a[2 * i], a[2 * i + 1]),
                                _mm512_unpackhi_epi32(a[2 * i], a[2 * i + 1]));
    for (int i = 0; i < 2; i++)  /* per chunk: the chunk's sums of a4i .. a4i+3 */
        v[i] = _mm512_add_epi32(_mm512_unpacklo_epi64(u[2 * i], u[2 * i + 1]),
                                _mm512_unpackhi_epi64(u[2 * i], u[2 * i + 1]));
    /* chunks 0+1 are row 0, chunks 2+3 row 1: [row 0 t0-3, row 1 t0-3, row 0 t4-7, row 1 t4-7] */
    const __m512i w = _mm512_add_epi32(_mm512_shuffle_i32x4(v[0], v[1], _MM_SHUFFLE(2, 0, 2, 0)),
                                       _mm512_shuffle_i32x4(v[0], v[1], _MM_SHUFFLE(3, 1, 3, 1)));
    return _mm512_permutexvar_epi32(_mm512_setr_epi32(0, 1, 2, 3, 8, 9, 10, 11, 4, 5, 6, 7, 12, 13, 14, 15), w);
}

/* Rows n0..n0+3 (those < N) of T tokens: dot = sum - sums[t], out_int and/or out = (float)dot / (x_scale[t] *
 * w_scale[n]), the scalar code's operations lane by lane (the same bits); out rows are out_stride apart. */
__attribute__((target(AVX512), always_inline)) static inline void tile_store(
    __m512i acc[TILE][2], const int T, const int32_t *sums, const float *x_scale, const float *w_scale, int64_t n0,
    int64_t N, int32_t *out_int, float *out, int64_t out_stride) {
    const __mmask8 tm = (__mmask8)((1u << T) - 1);
    const __m512i sx = _mm512_broadcast_i64x4(_mm256_maskz_loadu_epi32(tm, sums));
    const __m512 xs = out ? _mm512_castpd_ps(_mm512_broadcast_f64x4(_mm256_castps_pd(_mm256_maskz_loadu_ps(tm, x_scale))))
                          : _mm512_set1_ps(1.0f);  /* no float output: no scales to read */
    for (int q = 0; q < 2; q++) {
        __m512i a[TILE];
        for (int t = 0; t < TILE; t++) a[t] = acc[t][q];
        const __m512i dot = _mm512_sub_epi32(tile_sums(a), sx);
        const int64_t n = n0 + 2 * q;
        const float w0 = out && n < N ? w_scale[n] : 1.0f, w1 = out && n + 1 < N ? w_scale[n + 1] : 1.0f;
        const __m512 ws = _mm512_mask_blend_ps(0xFF00, _mm512_set1_ps(w0), _mm512_set1_ps(w1));
        int32_t d[16];
        float y[16];
        _mm512_storeu_si512(d, dot);
        _mm512_storeu_ps(y, _mm512_div_ps(_mm512_cvtepi32_ps(dot), _mm512_mul_ps(xs, ws)));
        for (int r = 0; r < 2 && n + r < N; r++)
            for (int t = 0; t < T; t++) {
                if (out_int) out_int[t * out_stride + n + r] = d[8 * r + t];
                if (out) out[t * out_stride + n + r] = y[8 * r + t];
            }
    }
}

__attribute__((target(AVX512), always_inline)) static inline void ternary_tile_avx512_t(
    const uint8_t *w, const int8_t *xp, const int T, int64_t Kp, int64_t nblocks, const int32_t *sums,
    const float *x_scale, const float *w_scale, int64_t n0, int64_t N, int32_t *out_int, float *out,
    int64_t out_stride) {
    __m512i acc[TILE][2];
    tile_accumulate(w, xp, T, Kp, nblocks, acc);
    tile_store(acc, T, sums, x_scale, w_scale, n0, N, out_int, out, out_stride);
}

/* WIDE_TILE tokens: accumulated at once, stored as a tile of 8 and one of 4 (the last 4 accumulators of the
 * second zeroed). */
__attribute__((target(AVX512))) static void ternary_tile_wide_avx512(const uint8_t *w, const int8_t *xp, int64_t Kp,
                                                                     int64_t nblocks, const int32_t *sums,
                                                                     const float *x_scale, const float *w_scale,
                                                                     int64_t n0, int64_t N, int32_t *out_int,
                                                                     float *out, int64_t out_stride) {
    __m512i acc[2 * TILE][2];
    tile_accumulate_wide(w, xp, Kp, nblocks, acc);
    for (int t = WIDE_TILE; t < 2 * TILE; t++) acc[t][0] = acc[t][1] = _mm512_setzero_si512();
    tile_store(acc, TILE, sums, x_scale, w_scale, n0, N, out_int, out, out_stride);
    tile_store(acc + TILE, WIDE_TILE - TILE, sums + TILE, x_scale ? x_scale + TILE : NULL, w_scale, n0, N,
               out_int ? out_int + TILE * out_stride : NULL, out ? out + TILE * out_stride : NULL, out_stride);
}

/* One group (rows n0..n0+3) against T <= TILE tokens xp [T, Kp] whose sums, scales and output rows start at
 * the pointers given. */
__attribute__((target(AVX512))) static void ternary_tile_avx512(const uint8_t *w, const int8_t *xp, int64_t T,
                                                                int64_t Kp, int64_t nblocks, const int32_t *sums,
                                                                const float *x_scale, const float *w_scale,
                                                                int64_t n0, int64_t N, int32_t *out_int, float *out,
                                                                int64_t out_stride) {
#define TILE_CASE(c) ternary_tile_avx512_t(w, xp, c, Kp, nblocks, sums, x_scale, w_scale, n0, N, out_int, out, out_stride)
    switch (T) {  /* constant T: every accumulator stays in a register */
    case 1: TILE_CASE(1); break;
    case 2: TILE_CASE(2); break;
    case 3: TILE_CASE(3); break;
    case 4: TILE_CASE(4); break;
    case 5: TILE_CASE(5); break;
    case 6: TILE_CASE(6); break;
    case 7: TILE_CASE(7); break;
    default: TILE_CASE(8); break;
    }
#undef TILE_CASE
}

/* A prompt's product (M > 1) with vpdpbusd tiles: bands of BAND groups, each band a unit of the threads' work;
 * within a band, token tile by token tile, every group of the band against the same tile, so the tile's
 * activations (WIDE_TILE x Kp bytes) stay in L1 while the band's weights come from L2 (the other order streamed
 * all M tokens' activations from L2 once per group: ~3% slower, measured at the 2B4T shapes). */
#define BAND 16
__attribute__((target(AVX512))) static void ternary_tiles_avx512(const int8_t *xp, const int32_t *sums, int64_t M,
                                                                 int64_t Kp, const uint8_t *w, int64_t N,
                                                                 const float *x_scale, const float *w_scale,
                                                                 int32_t *out_int, float *out, int64_t out_stride,
                                                                 int nthreads) {
    const int64_t nblocks = Kp / BLOCK, groups = (N + ROWS - 1) / ROWS, bands = (groups + BAND - 1) / BAND;
    #pragma omp parallel for schedule(guided) num_threads(nthreads)
    for (int64_t c = 0; c < bands; c++) {
        const int64_t g0 = c * BAND, g1 = g0 + BAND < groups ? g0 + BAND : groups;
        for (int64_t m0 = 0, T; m0 < M; m0 += T) {  /* tiles of 12 tokens, then at most 8 at a time */
            T = M - m0 >= WIDE_TILE ? WIDE_TILE : M - m0 < TILE ? M - m0 : TILE;
            for (int64_t g = g0; g < g1; g++) {
                const uint8_t *wg = w + g * nblocks * GROUP_STEP;
                const float *xs = x_scale ? x_scale + m0 : NULL;
                int32_t *oi = out_int ? out_int + m0 * out_stride : NULL;
                float *of = out ? out + m0 * out_stride : NULL;
                if (T == WIDE_TILE)
                    ternary_tile_wide_avx512(wg, xp + m0 * Kp, Kp, nblocks, sums + m0, xs, w_scale, g * ROWS, N, oi,
                                             of, out_stride);
                else
                    ternary_tile_avx512(wg, xp + m0 * Kp, T, Kp, nblocks, sums + m0, xs, w_scale, g * ROWS, N, oi, of,
                                        out_stride);
            }
        }
    }
}

/* The LM head's int8 rows: sum over D of (w + 128) * x for one row w [D] against one token x (zero-padded to
 * a multiple of 32). vpdpbusd wants one unsigned operand: w ^ 0x80 is w + 128 as an unsigned byte, so the
 * true dot is that - 128 * sum(x), with sum(x) known once per token (the ternary codes' trick). One xor and
 * one vpdpbusd per 64 weight bytes, two accumulators. One row at a time: a thread's rows are then one
 * sequential stream (rows side by side are several streams, which DRAM serves slower; see the group layout
 * in kernel.c). The tail past the last full 64 bytes is read with a byte mask (masked-off bytes are neither
 * read nor counted: w and x load as 0). Sums stay within int32: |term| <= 255 * 128 * 4 per lane and step. */
__attribute__((target(AVX512), always_inline)) static inline int32_t int8_row_avx512(const int8_t *w, int64_t D,
                                                                                   const int8_t *x) {
    const __m512i flip = _mm512_set1_epi8((char)0x80);
    __m512i a0 = _mm512_setzero_si512(), a1 = a0;
    int64_t k = 0;
    for (; k + 128 <= D; k += 128) {
        DPBUSD(a0, _mm512_xor_si512(_mm512_loadu_si512(w + k), flip), _mm512_loadu_si512(x + k));
        DPBUSD(a1, _mm512_xor_si512(_mm512_loadu_si512(w + k + 64), flip),
                                 _mm512_loadu_si512(x + k + 64));
    }
    for (; k + 64 <= D; k += 64)
        DPBUSD(a0, _mm512_xor_si512(_mm512_loadu_si512(w + k), flip), _mm512_loadu_si512(x + k));
    if (k < D) {
        const __mmask64 m = ((__mmask64)1 << (D - k)) - 1;  /* D - k < 64 */
        DPBUSD(a1, _mm512_xor_si512(_mm512_maskz_loadu_epi8(m, w + k), flip),
                                 _mm512_maskz_loadu_epi8(m, x + k));
    }
    return _mm512_reduce_add_epi32(_mm512_add_epi32(a0, a1));
}

/* Rows v0..v1 of the head against M tokens xp [M, Dp] with sums[M], all in one AVX-512 function (a call per
 * row from generic code measured ~1.4x slower): out = dot * w_scale[v] / x_scale[m] and/or out_int = dot. */
__attribute__((target(AVX512))) static void int8_rows_avx512(const int8_t *w, int64_t v0, int64_t v1, int64_t D,
                                                             const int8_t *xp, int64_t Dp, int64_t M,
                                                             const int32_t *sums, const float *x_scale,
                                                             const float *w_scale, int32_t *out_int, float *out,
                                                             int64_t out_stride) {
    for (int64_t v = v0; v < v1; v++)
        for (int64_t m = 0; m < M; m++) {
            const int32_t dot = int8_row_avx512(w + v * D, D, xp + m * Dp) - 128 * sums[m];
            if (out_int) out_int[m * out_stride + v] = dot;
            if (out) out[m * out_stride + v] = (float)dot * w_scale[v] / x_scale[m];
        }
}
