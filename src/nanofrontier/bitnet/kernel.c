/* Integer matrix products for BitNet b1.58 decode on x86 CPUs: ternary (2-bit packed) weights and
 * int8 per-row weights, each against int8 activations, summed exactly in int32.
 *
 * Built and loaded by kernel.py (ctypes; no Python or torch headers). Compiled without -mavx2: the
 * AVX2 and AVX-512 functions carry a target attribute and are chosen at run time with
 * __builtin_cpu_supports, so the scalar path stays safe on any x86-64 CPU. AVX-512 with VNNI
 * (kernel_avx512.c) runs the ternary products (the decode GEMV and the prefill tile) and the int8 head.
 *
 * Ternary layout (made by packed.repack). Columns come in blocks of 128 weights = 32 bytes: byte j of
 * a row's block b holds the codes (w + 1, so -1 -> 0, 0 -> 1, +1 -> 2) of columns 128b + j, +32, +64,
 * +96 in bits 7:6, 5:4, 3:2, 1:0 (bitnet.cpp's x86 I2_S chunk, research note section 3.3). Rows come
 * in groups of 4 (bitnet.cpp's ROW_BLOCK_SIZE): a group stores block 0 of its rows 0..3, then block 1
 * of rows 0..3, and so on, so a thread reads one sequential stream of 128 bytes per step. (Four
 * separate row streams measured up to 4x slower from DRAM on the dev VM.) Rows past N and columns
 * past K hold code 1 (weight 0); the activations are zero-padded here.
 *
 * Since codes are w + 1, a row's raw sum is sum(w*x) + sum(x): the true dot product is raw - sum(x),
 * with sum(x) computed once per token (I2_S does the same, section 4.1).
 *
 * Float outputs match torch exactly: out = (float)dot / (x_scale[m] * w_scale[n]) for ternary and
 * out = (float)dot * w_scale[n] / x_scale[m] for int8 rows, each a single IEEE float operation in
 * the order torch evaluates it (no -ffast-math, nothing to contract into an FMA).
 *
 * The *_f32 entries also quantise float activations per token (quant.activation_quant), bit for bit:
 * scale = (1 / max(max|x|, 1e-5)) * 127 (torch evaluates `127 / t` as `t.reciprocal() * 127`),
 * x_q = clamp(round_half_even(x * scale), -128, 127). Max is exact in any order and the rest is one
 * IEEE operation per step, so vector and scalar code agree with torch. Non-finite inputs: unspecified.
 */
#include <immintrin.h>
#include <math.h>
#include <omp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BLOCK 128        /* weights per 32-byte block */
#define ROWS 4           /* rows per interleaved group */
#define GROUP_STEP (ROWS * 32)  /* bytes per block of a group */
#define FLUSH_BLOCKS 16  /* int16 lanes gain at most 8 * 256 per block: 16 blocks stay within int16 */
#define TOKENS 4         /* tokens that share one decoded weight block (AVX2 and scalar) */
#define TILE 8           /* the same with AVX-512 (kernel_avx512.c); the stride of a group's raw sums */
#define MIN_PARALLEL_BYTES (1 << 16)  /* smaller products run on one thread */
/* Smallest share of weight bytes a thread takes. Not fixed halves: a worker that OpenMP has to wake
 * first (~0.1 ms on the dev VM with OMP_WAIT_POLICY=PASSIVE, about a GEMV's length) then finds the
 * master already through part of the work, instead of the master idling at the barrier. The ternary
 * product hands out shares with schedule(guided): the first ones are long (half, then a quarter of
 * what is left...), so each thread reads a few long sequential streams that the hardware prefetcher
 * keeps ahead of; schedule(dynamic) in 64 KB chunks broke the stream every chunk and measured
 * 0.70-0.78 of the read roof per decode shape against 0.86-0.94 (docs/bitnet.md). Every output is
 * computed by one thread either way: results do not change. */
#define CHUNK_BYTES (1 << 16)
/* How far ahead of its reads the AVX2 decode GEMV and the AVX2 head ask for weights (_mm_prefetch, bytes).
 * On an AVX2-only host (Zen 3 on the dev VM) the hardware prefetcher alone left a 2B4T decode step at
 * ~0.6 of the read roof, and these distances took ~10-15% off the step (docs/bitnet.md); the AVX-512
 * kernels do without (software prefetch measured slower there). 0 turns one off. */
#ifndef AVX2_PREFETCH
#define AVX2_PREFETCH 8192
#endif
#ifndef AVX2_HEAD_PREFETCH
#define AVX2_HEAD_PREFETCH 1024
#endif


int nf_has_avx2(void) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

/* AVX-512 with VNNI (vpdpbusd), used by the batch-1 ternary product; the rest stays AVX2. */
int nf_has_avx512vnni(void) {
    __builtin_cpu_init();
    return nf_has_avx2() && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")
           && __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512vnni");
}

enum { ISA_SCALAR, ISA_AVX2, ISA_AVX512 };

/* The entries' last argument: 0 = the best the CPU has, 1 = scalar, 2 = at most AVX2. */
static int pick_isa(int request) {
    if (request == 1 || !nf_has_avx2()) return ISA_SCALAR;
    return request == 2 || !nf_has_avx512vnni() ? ISA_AVX2 : ISA_AVX512;
}

/* Copies x [M, K] (row stride x_stride) into a zeroed [M, Kp] buffer and returns it; sums[m] = sum x. */
static int8_t *pad_rows(const int8_t *x, int64_t M, int64_t K, int64_t x_stride, int64_t Kp, int32_t *sums) {
    int8_t *xp = aligned_alloc(64, (size_t)(M * Kp) + 64);  /* + 64: never a zero-size request */
    if (!xp) return NULL;
    memset(xp, 0, (size_t)(M * Kp));
    for (int64_t m = 0; m < M; m++) {
        int32_t s = 0;
        for (int64_t k = 0; k < K; k++) s += x[m * x_stride + k];
        memcpy(xp + m * Kp, x + m * x_stride, (size_t)K);
        if (sums) sums[m] = s;
    }
    return xp;
}

/* ---------------------------------------------------------------- activation quantisation */

__attribute__((target("avx2,fma"))) static inline int32_t hsum_epi32(__m256i v) {
    __m128i s = _mm_add_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, _MM_SHUFFLE(1, 0, 3, 2)));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, _MM_SHUFFLE(2, 3, 0, 1)));
    return _mm_cvtsi128_si32(s);
}


#define ACT_EPS 1e-5f   /* floor of max|x| (quant.EPS), compared and returned in float32 as torch's clamp does */

static inline int8_t quantize_one(float v) {
    v = nearbyintf(v);  /* default rounding mode: to nearest, ties to even (torch.round) */
    return (int8_t)(v < -128.0f ? -128.0f : v > 127.0f ? 127.0f : v);
}

static inline float act_scale(float amax) {
    return (1.0f / (amax < ACT_EPS ? ACT_EPS : amax)) * 127.0f;
}

/* One token: q[0..K) = int8 of x, *scale = 127 / absmax, *sum = sum of q. */
static void quantize_row_scalar(const float *x, int64_t K, int8_t *q, float *scale, int32_t *sum) {
    float amax = 0.0f;
    for (int64_t k = 0; k < K; k++) amax = fabsf(x[k]) > amax ? fabsf(x[k]) : amax;
    const float s = act_scale(amax);
    int32_t acc = 0;
    for (int64_t k = 0; k < K; k++) acc += q[k] = quantize_one(x[k] * s);
    *scale = s;
    *sum = acc;
}

__attribute__((target("avx2,fma"))) static void quantize_row_avx2(const float *x, int64_t K, int8_t *q,
                                                                 float *scale, int32_t *sum) {
    const __m256 absmask = _mm256_castsi256_ps(_mm256_set1_epi32(0x7fffffff));
    __m256 m0 = _mm256_setzero_ps(), m1 = _mm256_setzero_ps();
    int64_t k = 0;
    for (; k + 16 <= K; k += 16) {
        m0 = _mm256_max_ps(m0, _mm256_and_ps(_mm256_loadu_ps(x + k), absmask));
        m1 = _mm256_max_ps(m1, _mm256_and_ps(_mm256_loadu_ps(x + k + 8), absmask));
    }
    m0 = _mm256_max_ps(m0, m1);
    __m128 h = _mm_max_ps(_mm256_castps256_ps128(m0), _mm256_extractf128_ps(m0, 1));
    h = _mm_max_ps(h, _mm_movehl_ps(h, h));
    h = _mm_max_ss(h, _mm_shuffle_ps(h, h, 1));
    float amax = _mm_cvtss_f32(h);
    for (; k < K; k++) amax = fabsf(x[k]) > amax ? fabsf(x[k]) : amax;
    const float s = act_scale(amax);
    const __m256 vs = _mm256_set1_ps(s), lo = _mm256_set1_ps(-128.0f), hi = _mm256_set1_ps(127.0f);
    const __m256i order = _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7);  /* undo the packs' lane interleave */
    __m256i acc = _mm256_setzero_si256();
    for (k = 0; k + 32 <= K; k += 32) {
        __m256i i[4];
        for (int j = 0; j < 4; j++) {
            __m256 v = _mm256_round_ps(_mm256_mul_ps(_mm256_loadu_ps(x + k + 8 * j), vs),
                                       _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
            i[j] = _mm256_cvtps_epi32(_mm256_min_ps(_mm256_max_ps(v, lo), hi));
            acc = _mm256_add_epi32(acc, i[j]);
        }
        __m256i p = _mm256_packs_epi16(_mm256_packs_epi32(i[0], i[1]), _mm256_packs_epi32(i[2], i[3]));
        _mm256_storeu_si256((__m256i *)(q + k), _mm256_permutevar8x32_epi32(p, order));
    }
    int32_t total = hsum_epi32(acc);
    for (; k < K; k++) total += q[k] = quantize_one(x[k] * s);
    *scale = s;
    *sum = total;
}

/* One token into a zeroed int8 row of Kp >= K bytes (the products read whole 128-column blocks). */
static void quantize_row(const float *x, int64_t K, int64_t Kp, int8_t *q, float *scale, int32_t *sum, int isa) {
    memset(q + K, 0, (size_t)(Kp - K));
    if (isa) quantize_row_avx2(x, K, q, scale, sum);
    else quantize_row_scalar(x, K, q, scale, sum);
}

/* Quantises x float [M, K] (row stride x_stride) into a zeroed int8 [M, Kp] buffer, which it returns
 * (NULL if memory ran out); x_scale[m] = 127 / absmax, sums[m] = sum of the row's int8 values. */
static int8_t *quantize_rows(const float *x, int64_t M, int64_t K, int64_t x_stride, int64_t Kp, float *x_scale,
                             int32_t *sums, int isa) {
    int8_t *xp = aligned_alloc(64, (size_t)(M * Kp) + 64);
    if (!xp) return NULL;
    for (int64_t m = 0; m < M; m++) quantize_row(x + m * x_stride, K, Kp, xp + m * Kp, x_scale + m, sums + m, isa);
    return xp;
}

/* The quantiser alone (tests compare it with quant.activation_quant): x_q int8 [M, K] with row
 * stride q_stride, x_scale float [M]. Returns 0, or -1 if memory ran out. */
int nf_quantize_rows(const float *x, int64_t M, int64_t K, int64_t x_stride, int8_t *x_q, int64_t q_stride,
                     float *x_scale, int isa_request) {
    int32_t *sums = malloc(sizeof(int32_t) * (size_t)(M > 0 ? M : 1));
    int8_t *xp = sums ? quantize_rows(x, M, K, x_stride, K, x_scale, sums, pick_isa(isa_request)) : NULL;
    if (!xp) { free(sums); return -1; }
    for (int64_t m = 0; m < M; m++) memcpy(x_q + m * q_stride, xp + m * K, (size_t)K);
    free(xp);
    free(sums);
    return 0;
}

/* ---------------------------------------------------------------- ternary, scalar */

/* raw[t] = sum over columns of code * x[t] for T tokens and one row whose blocks are GROUP_STEP apart. */
static void ternary_row_scalar(const uint8_t *w, const int8_t *xp, int64_t T, int64_t Kp, int64_t nblocks,
                               int32_t *raw) {
    for (int64_t t = 0; t < T; t++) {
        const int8_t *x = xp + t * Kp;
        int32_t acc = 0;
        for (int64_t b = 0; b < nblocks; b++) {
            for (int j = 0; j < 32; j++) {
                uint8_t byte = w[b * GROUP_STEP + j];
                for (int g = 0; g < 4; g++)
                    acc += ((byte >> (6 - 2 * g)) & 3) * x[b * BLOCK + 32 * g + j];
            }
        }
        raw[t] = acc;
    }
}

/* ---------------------------------------------------------------- ternary, AVX2 */

/* 32 bytes of codes against the 128 activations of their block: four code vectors (shift + mask),
 * each through vpmaddubsw (unsigned code x signed int8 -> pairwise int16), summed in int16. */
__attribute__((target("avx2,fma"), always_inline)) static inline __m256i block_dot(
    __m256i p, __m256i x0, __m256i x1, __m256i x2, __m256i x3) {
    const __m256i mask = _mm256_set1_epi8(3);
    __m256i s01 = _mm256_add_epi16(_mm256_maddubs_epi16(_mm256_and_si256(_mm256_srli_epi16(p, 6), mask), x0),
                                   _mm256_maddubs_epi16(_mm256_and_si256(_mm256_srli_epi16(p, 4), mask), x1));
    __m256i s23 = _mm256_add_epi16(_mm256_maddubs_epi16(_mm256_and_si256(_mm256_srli_epi16(p, 2), mask), x2),
                                   _mm256_maddubs_epi16(_mm256_and_si256(p, mask), x3));
    return _mm256_add_epi16(s01, s23);
}

/* Decode (M = 1): raw[r * TILE] for the 4 rows of a group against one token; the token's 4
 * activation vectors per block are loaded once for all 4 rows. */
__attribute__((target("avx2,fma"))) static void ternary_group_avx2(const uint8_t *w, const int8_t *x,
                                                                   int64_t nblocks, int32_t *raw) {
    const __m256i ones = _mm256_set1_epi16(1);
    __m256i acc32[ROWS];
    for (int r = 0; r < ROWS; r++) acc32[r] = _mm256_setzero_si256();
    for (int64_t b0 = 0; b0 < nblocks; b0 += FLUSH_BLOCKS) {
        int64_t b1 = b0 + FLUSH_BLOCKS < nblocks ? b0 + FLUSH_BLOCKS : nblocks;
        __m256i acc16[ROWS];
        for (int r = 0; r < ROWS; r++) acc16[r] = _mm256_setzero_si256();
        for (int64_t b = b0; b < b1; b++) {
#if AVX2_PREFETCH
            _mm_prefetch((const char *)(w + b * GROUP_STEP + AVX2_PREFETCH), _MM_HINT_T0);
            _mm_prefetch((const char *)(w + b * GROUP_STEP + AVX2_PREFETCH + 64), _MM_HINT_T0);
#endif
            const __m256i *xb = (const __m256i *)(x + b * BLOCK);
            __m256i x0 = _mm256_load_si256(xb), x1 = _mm256_load_si256(xb + 1);
            __m256i x2 = _mm256_load_si256(xb + 2), x3 = _mm256_load_si256(xb + 3);
            for (int r = 0; r < ROWS; r++) {
                __m256i p = _mm256_loadu_si256((const __m256i *)(w + b * GROUP_STEP + r * 32));
                acc16[r] = _mm256_add_epi16(acc16[r], block_dot(p, x0, x1, x2, x3));
            }
        }
        for (int r = 0; r < ROWS; r++) acc32[r] = _mm256_add_epi32(acc32[r], _mm256_madd_epi16(acc16[r], ones));
    }
    for (int r = 0; r < ROWS; r++) raw[r * TILE] = hsum_epi32(acc32[r]);
}

/* Several tokens (T <= TOKENS, a compile-time constant): raw[t] for one row of a group; each block
 * is decoded once and meets every token's activations. */
__attribute__((target("avx2,fma"), always_inline)) static inline void ternary_row_avx2_t(
    const uint8_t *w, const int8_t *xp, const int T, int64_t Kp, int64_t nblocks, int32_t *raw) {
    const __m256i ones = _mm256_set1_epi16(1);
    __m256i acc32[TOKENS];
    for (int t = 0; t < T; t++) acc32[t] = _mm256_setzero_si256();
    for (int64_t b0 = 0; b0 < nblocks; b0 += FLUSH_BLOCKS) {
        int64_t b1 = b0 + FLUSH_BLOCKS < nblocks ? b0 + FLUSH_BLOCKS : nblocks;
        __m256i acc16[TOKENS];
        for (int t = 0; t < T; t++) acc16[t] = _mm256_setzero_si256();
        for (int64_t b = b0; b < b1; b++) {
            __m256i p = _mm256_loadu_si256((const __m256i *)(w + b * GROUP_STEP));
            for (int t = 0; t < T; t++) {
                const __m256i *x = (const __m256i *)(xp + t * Kp + b * BLOCK);
                acc16[t] = _mm256_add_epi16(acc16[t], block_dot(p, _mm256_load_si256(x), _mm256_load_si256(x + 1),
                                                                _mm256_load_si256(x + 2), _mm256_load_si256(x + 3)));
            }
        }
        for (int t = 0; t < T; t++) acc32[t] = _mm256_add_epi32(acc32[t], _mm256_madd_epi16(acc16[t], ones));
    }
    for (int t = 0; t < T; t++) raw[t] = hsum_epi32(acc32[t]);
}

__attribute__((target("avx2,fma"))) static void ternary_row_avx2(const uint8_t *w, const int8_t *xp, int64_t T,
                                                                int64_t Kp, int64_t nblocks, int32_t *raw) {
    switch (T) {  /* constant T lets the compiler keep every accumulator in a register */
    case 1: ternary_row_avx2_t(w, xp, 1, Kp, nblocks, raw); break;
    case 2: ternary_row_avx2_t(w, xp, 2, Kp, nblocks, raw); break;
    case 3: ternary_row_avx2_t(w, xp, 3, Kp, nblocks, raw); break;
    default: ternary_row_avx2_t(w, xp, 4, Kp, nblocks, raw); break;
    }
}

#include "kernel_avx512.c"  /* vpdpbusd: the decode GEMV, the prefill tile, the int8 head */

/* The product on padded activations xp int8 [M, Kp] whose row sums are sums[M]; see nf_ternary_matmul. */
static void ternary_product(const int8_t *xp, const int32_t *sums, int64_t M, int64_t Kp, const uint8_t *w,
                            int64_t N, const float *x_scale, const float *w_scale, int32_t *out_int, float *out,
                            int64_t out_stride, int nthreads, int isa) {
    const int64_t nblocks = Kp / BLOCK, groups = (N + ROWS - 1) / ROWS;
    const int64_t group_bytes = nblocks * GROUP_STEP, chunk = group_bytes <= 0 ? 1 : group_bytes < CHUNK_BYTES ? CHUNK_BYTES / group_bytes : 1;  /* K = 0: no blocks */
    const int64_t step = isa == ISA_AVX512 ? TILE : TOKENS;  /* tokens per pass over a group's weights */
    if (groups * group_bytes < MIN_PARALLEL_BYTES) nthreads = 1;
    if (isa == ISA_AVX512 && M > 1) {
        ternary_tiles_avx512(xp, sums, M, Kp, w, N, x_scale, w_scale, out_int, out, out_stride, nthreads);
        return;
    }
    #pragma omp parallel for schedule(guided, chunk) num_threads(nthreads)
    for (int64_t gi = 0; gi < groups; gi++) {
        const uint8_t *wg = w + gi * nblocks * GROUP_STEP;
        int32_t raw[ROWS * TILE];  /* raw[r * TILE + t] */
        for (int64_t m0 = 0; m0 < M; m0 += step) {
            int64_t T = M - m0 < step ? M - m0 : step;
            if (isa == ISA_AVX512)
                ternary_group_avx512(wg, xp, nblocks, raw);
            else if (isa && M == 1)
                ternary_group_avx2(wg, xp, nblocks, raw);
            else
                for (int r = 0; r < ROWS; r++) {
                    if (isa) ternary_row_avx2(wg + r * 32, xp + m0 * Kp, T, Kp, nblocks, raw + r * TILE);
                    else ternary_row_scalar(wg + r * 32, xp + m0 * Kp, T, Kp, nblocks, raw + r * TILE);
                }
            for (int r = 0; r < ROWS; r++) {
                int64_t n = gi * ROWS + r;
                for (int64_t t = 0; t < T && n < N; t++) {
                    int64_t m = m0 + t;
                    int32_t dot = raw[r * TILE + t] - sums[m];
                    if (out_int) out_int[m * out_stride + n] = dot;
                    if (out) out[m * out_stride + n] = (float)dot / (x_scale[m] * w_scale[n]);
                }
            }
        }
    }
}

/* x int8 [M, K] (row stride x_stride) times the packed ternary w ([ceil(N/4), ceil(K/128) * 128]
 * bytes) transposed. Writes out_int int32 [M, N] if non-NULL and out float [M, N] (x_scale [M],
 * w_scale [N]) if non-NULL; rows of both have stride out_stride. Returns 0, or -1 if memory ran out. */
int nf_ternary_matmul(const int8_t *x, int64_t M, int64_t K, int64_t x_stride, const uint8_t *w, int64_t N,
                      const float *x_scale, const float *w_scale, int32_t *out_int, float *out,
                      int64_t out_stride, int nthreads, int isa_request) {
    const int64_t Kp = (K + BLOCK - 1) / BLOCK * BLOCK;
    if (M <= 0) return 0;
    int32_t *sums = malloc(sizeof(int32_t) * (size_t)M);
    int8_t *xp = sums ? pad_rows(x, M, K, x_stride, Kp, sums) : NULL;
    if (!xp) { free(sums); return -1; }
    ternary_product(xp, sums, M, Kp, w, N, x_scale, w_scale, out_int, out, out_stride, nthreads,
                    pick_isa(isa_request));
    free(xp);
    free(sums);
    return 0;
}

/* Float activations x [M, K] (row stride x_stride), quantised here per token exactly as
 * quant.activation_quant, times the packed ternary w: out float [M, N] (row stride out_stride) =
 * dot / (x_scale * w_scale[n]). x_scale [M] receives the activation scales if non-NULL. One call
 * replaces the torch quantisation and nf_ternary_matmul. Returns 0, or -1 if memory ran out. */
int nf_ternary_matmul_f32(const float *x, int64_t M, int64_t K, int64_t x_stride, const uint8_t *w, int64_t N,
                          const float *w_scale, float *out, int64_t out_stride, float *x_scale, int nthreads,
                          int isa_request) {
    const int64_t Kp = (K + BLOCK - 1) / BLOCK * BLOCK;
    const int isa = pick_isa(isa_request);
    if (M <= 0) return 0;
    int32_t *sums = malloc(sizeof(int32_t) * (size_t)M);
    float *scales = x_scale ? x_scale : malloc(sizeof(float) * (size_t)M);
    int8_t *xp = sums && scales ? quantize_rows(x, M, K, x_stride, Kp, scales, sums, isa) : NULL;
    if (xp) ternary_product(xp, sums, M, Kp, w, N, scales, w_scale, NULL, out, out_stride, nthreads, isa);
    free(xp);
    if (scales != x_scale) free(scales);
    free(sums);
    return xp ? 0 : -1;
}

/* ---------------------------------------------------------------- decode: norm + product in one call */

/* One token's input to a projection, in the order BitNet's block computes it (research note 1.3):
 * if gated, x holds [gate | up] (2K floats) and the input is relu(gate)^2 * up, one IEEE operation per
 * step as torch's relu_().square_().mul_(up); if norm_w, then RMSNorm: y = (v * r) * norm_w[k] with
 * r = 1 / sqrt(sum(v^2) / K + eps), as torch's rms_norm composes it. The sum of squares is taken in
 * double and rounded once, so r can differ from torch's float reduction by an ulp: then so can y, and
 * rarely an int8 activation by 1 (docs/bitnet.md). Writes K floats to y. */
static void decode_input_row(const float *x, int64_t K, int gated, const float *norm_w, float eps, float *y) {
    if (gated) {
        for (int64_t k = 0; k < K; k++) {
            float g = x[k] < 0.0f ? 0.0f : x[k];  /* NaN stays NaN, as torch's relu */
            y[k] = (g * g) * x[K + k];
        }
    } else {
        memcpy(y, x, sizeof(float) * (size_t)K);
    }
    if (!norm_w) return;
    double acc[8] = {0};  /* independent sums: no chain of dependent adds; the order is lost in double */
    int64_t k = 0;
    for (; k + 8 <= K; k += 8)
        for (int j = 0; j < 8; j++) acc[j] += (double)y[k + j] * y[k + j];
    for (; k < K; k++) acc[0] += (double)y[k] * y[k];
    const double ss = ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
    const float r = 1.0f / sqrtf((float)ss / (float)K + eps);
    for (k = 0; k < K; k++) y[k] = (y[k] * r) * norm_w[k];
}

/* decode_input_row in AVX2, bit for bit: max(0, x) is x < 0 ? 0 : x (NaN and -0 included), each
 * product is one rounding as in C, and the eight double sums keep their lanes (k mod 8) and the final
 * order; a float square is exact in double, so even a fused multiply-add could not change a sum. */
__attribute__((target("avx2,fma"))) static void decode_input_row_avx2(const float *x, int64_t K, int gated,
                                                                     const float *norm_w, float eps, float *y) {
    int64_t k = 0;
    if (gated) {
        const __m256 zero = _mm256_setzero_ps();
        for (; k + 8 <= K; k += 8) {
            __m256 g = _mm256_max_ps(zero, _mm256_loadu_ps(x + k));  /* NaN in x: max returns x */
            _mm256_storeu_ps(y + k, _mm256_mul_ps(_mm256_mul_ps(g, g), _mm256_loadu_ps(x + K + k)));
        }
        for (; k < K; k++) {
            float g = x[k] < 0.0f ? 0.0f : x[k];  /* NaN stays NaN, as torch's relu */
            y[k] = (g * g) * x[K + k];
        }
    } else {
        memcpy(y, x, sizeof(float) * (size_t)K);
    }
    if (!norm_w) return;
    __m256d lo = _mm256_setzero_pd(), hi = _mm256_setzero_pd();  /* acc[0..3], acc[4..7] */
    for (k = 0; k + 8 <= K; k += 8) {
        __m256d a = _mm256_cvtps_pd(_mm_loadu_ps(y + k)), b = _mm256_cvtps_pd(_mm_loadu_ps(y + k + 4));
        lo = _mm256_add_pd(lo, _mm256_mul_pd(a, a));
        hi = _mm256_add_pd(hi, _mm256_mul_pd(b, b));
    }
    double acc[8];
    _mm256_storeu_pd(acc, lo);
    _mm256_storeu_pd(acc + 4, hi);
    for (; k < K; k++) acc[0] += (double)y[k] * y[k];
    const double ss = ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
    const float r = 1.0f / sqrtf((float)ss / (float)K + eps);
    const __m256 vr = _mm256_set1_ps(r);
    for (k = 0; k + 8 <= K; k += 8)
        _mm256_storeu_ps(y + k, _mm256_mul_ps(_mm256_mul_ps(_mm256_loadu_ps(y + k), vr), _mm256_loadu_ps(norm_w + k)));
    for (; k < K; k++) y[k] = (y[k] * r) * norm_w[k];
}

/* A projection's input row: decode_input_row (gating, RMSNorm) into y [K], then quantize_row into q [Kp]. */
static void prepare_row(const float *x, int64_t K, int64_t Kp, int gated, const float *norm_w, float eps, float *y,
                        int8_t *q, float *scale, int32_t *sum, int isa) {
    if (isa) decode_input_row_avx2(x, K, gated, norm_w, eps, y);
    else decode_input_row(x, K, gated, norm_w, eps, y);
    quantize_row(y, K, Kp, q, scale, sum, isa);
}

/* Float activations x [M, K or 2K] (row stride x_stride) -> the projection's input (decode_input_row:
 * optional relu^2 gating, optional RMSNorm with weight norm_w [K]), quantised per token, times the
 * packed ternary w: out float [M, N] (row stride out_stride) = dot / (x_scale * w_scale[n]), plus
 * residual[m, n] (row stride out_stride) where residual is non-NULL (out may be residual). Returns 0,
 * or -1 if memory ran out. */
int nf_ternary_decode_f32(const float *x, int64_t M, int64_t K, int64_t x_stride, int gated, const float *norm_w,
                          float eps, const uint8_t *w, int64_t N, const float *w_scale, const float *residual,
                          float *out, int64_t out_stride, int nthreads, int isa_request) {
    const int64_t Kp = (K + BLOCK - 1) / BLOCK * BLOCK;
    const int isa = pick_isa(isa_request);
    if (M <= 0) return 0;
    int32_t *sums = malloc(sizeof(int32_t) * (size_t)M);
    float *scales = malloc(sizeof(float) * (size_t)M);
    float *y = malloc(sizeof(float) * (size_t)(M * K) + 32);
    int8_t *xp = aligned_alloc(64, (size_t)(M * Kp) + 64);
    const int ok = sums && scales && y && xp;
    if (ok) {
        /* a prompt's rows (norm, gating, quantisation) in parallel too: each row is one thread's, same bits */
        #pragma omp parallel for schedule(static) num_threads(nthreads) if (M > 1)
        for (int64_t m = 0; m < M; m++)
            prepare_row(x + m * x_stride, K, Kp, gated, norm_w, eps, y + m * K, xp + m * Kp, scales + m, sums + m, isa);
        ternary_product(xp, sums, M, Kp, w, N, scales, w_scale, NULL, out, out_stride, nthreads, isa);
        if (residual)
            for (int64_t m = 0; m < M; m++)
                for (int64_t n = 0; n < N; n++) out[m * out_stride + n] += residual[m * out_stride + n];
    }
    free(xp);
    free(y);
    free(scales);
    free(sums);
    return ok ? 0 : -1;
}

#include "kernel_int8.c"   /* the LM head's int8 rows: one translation unit, split for length */
#include "kernel_layer.c"  /* a whole decoder layer of a decode step in one call */
