/* The int8 x int8 products of the LM head (PackedInt8Linear): part of kernel.c's translation unit, which
 * includes this file at its end (one `cc` call builds both; kernel.py hashes both into the cache key). */

/* ---------------------------------------------------------------- int8 rows (LM head) */

static int32_t int8_dot_scalar(const int8_t *w, const int8_t *x, int64_t D) {
    int32_t acc = 0;
    for (int64_t k = 0; k < D; k++) acc += (int32_t)w[k] * x[k];
    return acc;
}

/* sum w*x over D (a multiple of 32) as vpmaddubsw(|x|, sign(w, x)): |x| is unsigned (|-128| = 128
 * fits), and sign(w, x) = w * sgn(x) cannot overflow because w >= -127 (quantize_rows_int8 makes
 * [-127, 127]). A pair sums to at most 2 * 128 * 127 in magnitude: no int16 saturation. */
__attribute__((target("avx2,fma"))) static int32_t int8_dot_avx2(const int8_t *w, const int8_t *x,
                                                                 const int8_t *xabs, int64_t D) {
    const __m256i ones = _mm256_set1_epi16(1);
    __m256i acc0 = _mm256_setzero_si256(), acc1 = _mm256_setzero_si256();
    int64_t k = 0;
    for (; k + 64 <= D; k += 64) {
#if AVX2_HEAD_PREFETCH
        _mm_prefetch((const char *)(w + k + AVX2_HEAD_PREFETCH), _MM_HINT_T0);
#endif
        __m256i w0 = _mm256_loadu_si256((const __m256i *)(w + k));
        __m256i w1 = _mm256_loadu_si256((const __m256i *)(w + k + 32));
        __m256i p0 = _mm256_maddubs_epi16(_mm256_load_si256((const __m256i *)(xabs + k)),
                                          _mm256_sign_epi8(w0, _mm256_load_si256((const __m256i *)(x + k))));
        __m256i p1 = _mm256_maddubs_epi16(_mm256_load_si256((const __m256i *)(xabs + k + 32)),
                                          _mm256_sign_epi8(w1, _mm256_load_si256((const __m256i *)(x + k + 32))));
        acc0 = _mm256_add_epi32(acc0, _mm256_madd_epi16(p0, ones));
        acc1 = _mm256_add_epi32(acc1, _mm256_madd_epi16(p1, ones));
    }
    for (; k < D; k += 32) {
        __m256i w0 = _mm256_loadu_si256((const __m256i *)(w + k));
        __m256i p0 = _mm256_maddubs_epi16(_mm256_load_si256((const __m256i *)(xabs + k)),
                                          _mm256_sign_epi8(w0, _mm256_load_si256((const __m256i *)(x + k))));
        acc0 = _mm256_add_epi32(acc0, _mm256_madd_epi16(p0, ones));
    }
    return hsum_epi32(_mm256_add_epi32(acc0, acc1));
}

/* The VNNI product (int8_rows_avx512): each thread one contiguous block of rows, one sequential stream, as
 * a decode step's head is bound by memory. */
static void int8_product_avx512(const int8_t *xp, const int32_t *sums, int64_t M, int64_t D, int64_t Dp,
                                const int8_t *w, int64_t V, const float *x_scale, const float *w_scale,
                                int32_t *out_int, float *out, int64_t out_stride, int nthreads) {
    #pragma omp parallel num_threads(nthreads)
    {
        const int t = omp_get_thread_num(), T = omp_get_num_threads();
        int8_rows_avx512(w, V * t / T, V * (t + 1) / T, D, xp, Dp, M, sums, x_scale, w_scale, out_int, out,
                         out_stride);
    }
}

/* The product on padded activations xp int8 [M, Dp] with row sums sums[M]; see nf_int8_matmul. Returns 0,
 * or -1 (no memory). */
static int int8_product(const int8_t *xp, const int32_t *sums, int64_t M, int64_t D, int64_t Dp, const int8_t *w,
                        int64_t V, const float *x_scale, const float *w_scale, int32_t *out_int, float *out,
                        int64_t out_stride, int nthreads, int isa) {
    if (V * D < MIN_PARALLEL_BYTES) nthreads = 1;
    if (isa == ISA_AVX512) {
        int8_product_avx512(xp, sums, M, D, Dp, w, V, x_scale, w_scale, out_int, out, out_stride, nthreads);
        return 0;
    }
    const int64_t Dv = D & ~(int64_t)31;  /* vector part; the tail is summed in scalar code */
    int8_t *xabs = aligned_alloc(32, (size_t)(M * Dp) + 32);
    if (!xabs) return -1;
    for (int64_t i = 0; i < M * Dp; i++) xabs[i] = (int8_t)(uint8_t)abs(xp[i]);  /* |-128| = 0x80 = 128 unsigned */
    const int64_t chunk = D <= 0 ? 1 : D < CHUNK_BYTES ? CHUNK_BYTES / D : 1;  /* D = 0: an empty sum */
    #pragma omp parallel for schedule(dynamic, chunk) num_threads(nthreads)
    for (int64_t v = 0; v < V; v++) {
        const int8_t *wv = w + v * D;
        for (int64_t m = 0; m < M; m++) {
            const int8_t *xm = xp + m * Dp;
            int32_t dot = isa ? int8_dot_avx2(wv, xm, xabs + m * Dp, Dv)
                                   + int8_dot_scalar(wv + Dv, xm + Dv, D - Dv)
                               : int8_dot_scalar(wv, xm, D);
            if (out_int) out_int[m * out_stride + v] = dot;
            if (out) out[m * out_stride + v] = (float)dot * w_scale[v] / x_scale[m];
        }
    }
    free(xabs);
    return 0;
}

/* x int8 [M, D] times w int8 [V, D] (contiguous rows, entries in [-127, 127]) transposed. Writes
 * out_int int32 [M, V] and/or out float [M, V] = dot * w_scale[v] / x_scale[m]; row stride out_stride. */
int nf_int8_matmul(const int8_t *x, int64_t M, int64_t D, int64_t x_stride, const int8_t *w, int64_t V,
                   const float *x_scale, const float *w_scale, int32_t *out_int, float *out, int64_t out_stride,
                   int nthreads, int isa_request) {
    const int64_t Dp = (D + 31) & ~(int64_t)31;  /* row stride of the aligned copies */
    if (M <= 0) return 0;
    int32_t *sums = malloc(sizeof(int32_t) * (size_t)M);
    int8_t *xp = sums ? pad_rows(x, M, D, x_stride, Dp, sums) : NULL;
    int status = xp ? int8_product(xp, sums, M, D, Dp, w, V, x_scale, w_scale, out_int, out, out_stride, nthreads,
                                   pick_isa(isa_request)) : -1;
    free(xp);
    free(sums);
    return status;
}

/* Float activations x [M, D], quantised here as quant.activation_quant, times w int8 [V, D]: out float
 * [M, V] = dot * w_scale[v] / x_scale[m]; x_scale [M] receives the scales if non-NULL. */
int nf_int8_matmul_f32(const float *x, int64_t M, int64_t D, int64_t x_stride, const int8_t *w, int64_t V,
                       const float *w_scale, float *out, int64_t out_stride, float *x_scale, int nthreads,
                       int isa_request) {
    const int64_t Dp = (D + 31) & ~(int64_t)31;
    const int isa = pick_isa(isa_request);
    if (M <= 0) return 0;
    int32_t *sums = malloc(sizeof(int32_t) * (size_t)M);
    float *scales = x_scale ? x_scale : malloc(sizeof(float) * (size_t)M);
    int8_t *xp = sums && scales ? quantize_rows(x, M, D, x_stride, Dp, scales, sums, isa) : NULL;
    int status = xp ? int8_product(xp, sums, M, D, Dp, w, V, scales, w_scale, NULL, out, out_stride, nthreads, isa)
                    : -1;
    free(xp);
    if (scales != x_scale) free(scales);
    free(sums);
    return status;
}
