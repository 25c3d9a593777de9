/* Batch-1 decode products and the read-bandwidth roof, for core/kernels.py (built by core/cbuild.py).
 *
 * nf_gemv: y[m, n] = sum_k W[n, k] * x[m, k] for M <= 4 rows of x, W in fp32 or bf16 (widened to fp32 in
 *   registers: a bf16 weight is the top half of an fp32 one, so the products are exact and only the summation
 *   order differs from the fp32 path). A decode step reads every weight once, so this is bound by memory
 *   bandwidth: each thread streams one contiguous block of rows, x stays in L1, and two accumulators per
 *   row of x hide the FMA latency.
 * nf_decode_layers: a run of Llama/Qwen2 decoder layers of one token in one parallel region (norms, products,
 *   RoPE, the cache write and attention), for core/fused.py.
 * nf_read_f32: sum of a buffer with the same loads, threads and schedule: the roof a product cannot beat.
 *
 * ISA: chosen at run time (__builtin_cpu_supports); the AVX2 functions carry target attributes, so the scalar
 * path runs on any x86-64 CPU and elsewhere (the x86 parts are compiled only on x86). There is no AVX-512
 * path: on a Zen 4 host 512-bit loads read no faster than 256-bit ones here and widen bf16 slower (measured,
 * docs/core.md). isa argument: 0 = the best the CPU has, 1 = scalar, 2 = AVX2.
 */
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <omp.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define NF_X86 1
#else
#define NF_X86 0
#endif

enum { ISA_BEST = 0, ISA_SCALAR = 1, ISA_AVX2 = 2 };
enum { DT_F32 = 0, DT_BF16 = 1 };
#define MAX_M 4
#define SMALL_WORK (1 << 16) /* weights below this many elements run on one thread: a wake-up costs more */

int nf_has_avx2(void) {
#if NF_X86
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
    return 0;
#endif
}

static int pick_isa(int isa) {
    if (isa == ISA_BEST) return nf_has_avx2() ? ISA_AVX2 : ISA_SCALAR;
    return isa;
}

static inline float bf16_to_f32(uint16_t h) {
    uint32_t bits = (uint32_t)h << 16;
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

/* ---- scalar ------------------------------------------------------------------------------------------- */
static void rows_scalar(const void *W, int dt, int64_t n0, int64_t n1, int64_t K, int64_t ldw, const float *x,
                        int64_t M, int64_t ldx, float *y, int64_t ldy) {
    for (int64_t n = n0; n < n1; n++) {
        for (int64_t m = 0; m < M; m++) {
            const float *xm = x + m * ldx;
            float acc = 0.0f;
            if (dt == DT_F32) {
                const float *w = (const float *)W + n * ldw;
                for (int64_t k = 0; k < K; k++) acc += w[k] * xm[k];
            } else {
                const uint16_t *w = (const uint16_t *)W + n * ldw;
                for (int64_t k = 0; k < K; k++) acc += bf16_to_f32(w[k]) * xm[k];
            }
            y[m * ldy + n] = acc;
        }
    }
}

#if NF_X86
/* ---- AVX2: 8 lanes --------------------------------------------------------------------------------------- */
__attribute__((target("avx2,fma"))) static inline float hsum256(__m256 v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}

__attribute__((target("avx2,fma"), always_inline)) static inline __m256 load8(const void *W, int dt, int64_t i) {
    if (dt == DT_F32) return _mm256_loadu_ps((const float *)W + i);
    __m256i wide = _mm256_cvtepu16_epi32(_mm_loadu_si128((const __m128i *)((const uint16_t *)W + i)));
    return _mm256_castsi256_ps(_mm256_slli_epi32(wide, 16));
}

__attribute__((target("avx2,fma"), always_inline)) static inline void row_avx2(
        const void *w, int dt, int64_t K, const float *x, const int M, int64_t ldx, float *out) {
    __m256 acc[MAX_M][2];
    for (int m = 0; m < M; m++) acc[m][0] = acc[m][1] = _mm256_setzero_ps();
    int64_t k = 0;
    for (; k + 16 <= K; k += 16) {
        __m256 w0 = load8(w, dt, k), w1 = load8(w, dt, k + 8);
        for (int m = 0; m < M; m++) {
            acc[m][0] = _mm256_fmadd_ps(w0, _mm256_loadu_ps(x + m * ldx + k), acc[m][0]);
            acc[m][1] = _mm256_fmadd_ps(w1, _mm256_loadu_ps(x + m * ldx + k + 8), acc[m][1]);
        }
    }
    for (int m = 0; m < M; m++) {
        float s = hsum256(_mm256_add_ps(acc[m][0], acc[m][1]));
        for (int64_t j = k; j < K; j++) {
            float wj = dt == DT_F32 ? ((const float *)w)[j] : bf16_to_f32(((const uint16_t *)w)[j]);
            s += wj * x[m * ldx + j];
        }
        out[m] = s;
    }
}

__attribute__((target("avx2,fma"))) static void rows_avx2(const void *W, int dt, int64_t n0, int64_t n1, int64_t K,
                                                           int64_t ldw, const float *x, int64_t M, int64_t ldx,
                                                           float *y, int64_t ldy) {
    int64_t size = dt == DT_F32 ? 4 : 2;
    float out[MAX_M];
    for (int64_t n = n0; n < n1; n++) {
        const void *w = (const char *)W + n * ldw * size;
        switch (M) {  /* a constant M per call site: the loops over m unroll */
            case 1: row_avx2(w, dt, K, x, 1, ldx, out); break;
            case 2: row_avx2(w, dt, K, x, 2, ldx, out); break;
            case 3: row_avx2(w, dt, K, x, 3, ldx, out); break;
            default: row_avx2(w, dt, K, x, 4, ldx, out); break;
        }
        for (int64_t m = 0; m < M; m++) y[m * ldy + n] = out[m];
    }
}

/* ---- the read roof --------------------------------------------------------------------------------------- */
__attribute__((target("avx2,fma"))) static float read_avx2(const float *p, int64_t n) {
    __m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;
    int64_t i = 0;
    for (; i + 32 <= n; i += 32) {
        a0 = _mm256_add_ps(a0, _mm256_loadu_ps(p + i));
        a1 = _mm256_add_ps(a1, _mm256_loadu_ps(p + i + 8));
        a2 = _mm256_add_ps(a2, _mm256_loadu_ps(p + i + 16));
        a3 = _mm256_add_ps(a3, _mm256_loadu_ps(p + i + 24));
    }
    float s = hsum256(_mm256_add_ps(_mm256_add_ps(a0, a1), _mm256_add_ps(a2, a3)));
    for (; i < n; i++) s += p[i];
    return s;
}
#endif

static float read_scalar(const float *p, int64_t n) {
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int64_t i = 0;
    for (; i + 4 <= n; i += 4) { s0 += p[i]; s1 += p[i + 1]; s2 += p[i + 2]; s3 += p[i + 3]; }
    for (; i < n; i++) s0 += p[i];
    return s0 + s1 + s2 + s3;
}

/* ---- entries --------------------------------------------------------------------------------------------- */
int nf_gemv(const void *W, int dt, int64_t N, int64_t K, int64_t ldw, const float *x, int64_t M, int64_t ldx,
            float *y, int64_t ldy, int threads, int isa) {
    if (M < 1 || M > MAX_M || (dt != DT_F32 && dt != DT_BF16)) return 1;
    isa = pick_isa(isa);
    if (N * K < SMALL_WORK || threads < 1) threads = 1;
    #pragma omp parallel num_threads(threads)
    {
        int t = omp_get_thread_num(), T = omp_get_num_threads();
        int64_t n0 = N * t / T, n1 = N * (t + 1) / T;  /* one contiguous block of rows: one sequential stream */
#if NF_X86
        if (isa == ISA_AVX2) rows_avx2(W, dt, n0, n1, K, ldw, x, M, ldx, y, ldy);
        else
#endif
            rows_scalar(W, dt, n0, n1, K, ldw, x, M, ldx, y, ldy);
    }
    return 0;
}

/* Several products of the same x in one parallel region (q, k and v of a layer): the rows of all `n_mats`
 * weights form one range, split into one contiguous block per thread. */
int nf_gemv_many(int n_mats, const void **Ws, const int64_t *Ns, const int64_t *ldws, int dt, int64_t K,
                 const float *x, int64_t M, int64_t ldx, float **ys, int threads, int isa) {
    if (M < 1 || M > MAX_M || n_mats < 1 || n_mats > 8 || (dt != DT_F32 && dt != DT_BF16)) return 1;
    isa = pick_isa(isa);
    int64_t start[9] = {0}, total;
    for (int i = 0; i < n_mats; i++) start[i + 1] = start[i] + Ns[i];
    total = start[n_mats];
    if (total * K < SMALL_WORK || threads < 1) threads = 1;
    #pragma omp parallel num_threads(threads)
    {
        int t = omp_get_thread_num(), T = omp_get_num_threads();
        int64_t r0 = total * t / T, r1 = total * (t + 1) / T;
        for (int i = 0; i < n_mats; i++) {
            int64_t a = r0 > start[i] ? r0 : start[i], b = r1 < start[i + 1] ? r1 : start[i + 1];
            if (a >= b) continue;
            a -= start[i], b -= start[i];
#if NF_X86
            if (isa == ISA_AVX2) rows_avx2(Ws[i], dt, a, b, K, ldws[i], x, M, ldx, ys[i], Ns[i]);
            else
#endif
                rows_scalar(Ws[i], dt, a, b, K, ldws[i], x, M, ldx, ys[i], Ns[i]);
        }
    }
    return 0;
}

/* ---- decoder layers of a decode step (B = 1, T = 1) -------------------------------------------------------
 * Llama/Qwen2: h += o(attn(rope(q, k), v)); h += down(silu(gate(x)) * up(x)), with x the RMSNorm of h before
 * each half. A run of layers in one parallel region: each projection's rows are split into one contiguous block
 * per thread; the norms run on one thread, attention over the query heads. Layer i's new key and value are
 * written into its cache slot (the first layer's slot + i * layer_stride) at `pos`; attention reads 0..pos. */
typedef struct {                     /* one layer: what does not change from token to token */
    int64_t D, H, Hkv, Dh, I;
    float eps;
    int dt;                              /* DT_F32 or DT_BF16, for all seven projections */
    const void *wq, *wk, *wv, *wo, *wg, *wu, *wd;
    const float *bq, *bk, *bv;           /* Qwen2's q/k/v biases, or NULL */
    const float *norm1, *norm2;          /* input_layernorm, post_attention_layernorm weights */
} nf_layer_args;

typedef struct {                     /* one token's step through a run of layers */
    const float *cos, *sin;              /* [Dh] at this position, rotate-half layout */
    float *k_cache, *v_cache;            /* the first layer's slot [Hkv, max_len, Dh]; the next layers' follow */
    int64_t layer_stride;                /* floats from one layer's slot to the next */
    int64_t max_len, pos;                /* slot length; the position written */
    void *scratch;                       /* kernels.scratch_bytes(...) bytes, fp32-aligned */
} nf_step;

static void rms_norm(const float *x, const float *w, float eps, int64_t n, float *out) {
    double ss = 0.0;
    for (int64_t i = 0; i < n; i++) ss += (double)x[i] * x[i];
    float r = 1.0f / sqrtf((float)(ss / n) + eps);
    for (int64_t i = 0; i < n; i++) out[i] = x[i] * r * w[i];
}

static void rows_any(int isa, const void *W, int dt, int64_t n0, int64_t n1, int64_t K, const float *x,
                     float *y) {
#if NF_X86
    if (isa == ISA_AVX2) { rows_avx2(W, dt, n0, n1, K, K, x, 1, K, y, 0); return; }
#endif
    rows_scalar(W, dt, n0, n1, K, K, x, 1, K, y, 0);
}

static void rope(float *x, const float *cos, const float *sin, int64_t Dh) {
    int64_t half = Dh / 2;
    for (int64_t d = 0; d < half; d++) {
        float a = x[d], b = x[d + half];
        x[d] = a * cos[d] - b * sin[d];
        x[d + half] = b * cos[d + half] + a * sin[d + half];
    }
}

/* Attention of one query head over positions 0..S-1 of its key/value head. */
static void attend(const float *qh, const float *kh, const float *vh, int64_t S, int64_t Dh, float *sc, float *out) {
    float scale = 1.0f / sqrtf((float)Dh), mx = -INFINITY, sum = 0.0f;
    for (int64_t s = 0; s < S; s++) {
        float d = 0.0f;
        for (int64_t j = 0; j < Dh; j++) d += qh[j] * kh[s * Dh + j];
        sc[s] = d * scale;
        if (sc[s] > mx) mx = sc[s];
    }
    for (int64_t s = 0; s < S; s++) { sc[s] = expf(sc[s] - mx); sum += sc[s]; }
    for (int64_t j = 0; j < Dh; j++) out[j] = 0.0f;
    for (int64_t s = 0; s < S; s++) {
        float p = sc[s] / sum;
        for (int64_t j = 0; j < Dh; j++) out[j] += p * vh[s * Dh + j];
    }
}

/* One layer on h [D], run by every thread t of T of the enclosing parallel region; ends on a barrier. */
static void layer_body(const nf_layer_args *a, const nf_step *st, float *kc, float *vc, float *h, int t, int T,
                       int isa) {
    const int64_t D = a->D, H = a->H, Hkv = a->Hkv, Dh = a->Dh, I = a->I, S = st->pos + 1, L = st->max_len;
    const int64_t Nq = H * Dh, Nkv = Hkv * Dh;
    float *xn = st->scratch, *q = xn + D, *k = q + Nq, *v = k + Nkv, *att = v + Nkv, *tmp = att + Nq, *g = tmp + D,
          *u = g + I, *act = u + I, *scores = act + I;
    #pragma omp single
    rms_norm(h, a->norm1, a->eps, D, xn);
    /* q, k, v: one range of Nq + 2 Nkv rows */
    int64_t total = Nq + 2 * Nkv, r0 = total * t / T, r1 = total * (t + 1) / T;
    const void *ws[3] = {a->wq, a->wk, a->wv};
    float *ys[3] = {q, k, v};
    int64_t start[4] = {0, Nq, Nq + Nkv, total};
    for (int i = 0; i < 3; i++) {
        int64_t lo = r0 > start[i] ? r0 : start[i], hi = r1 < start[i + 1] ? r1 : start[i + 1];
        if (lo < hi) rows_any(isa, ws[i], a->dt, lo - start[i], hi - start[i], D, xn, ys[i]);
    }
    #pragma omp barrier
    #pragma omp single
    {
        const float *bs[3] = {a->bq, a->bk, a->bv};
        int64_t ns[3] = {Nq, Nkv, Nkv};
        for (int i = 0; i < 3; i++)
            if (bs[i]) for (int64_t n = 0; n < ns[i]; n++) ys[i][n] += bs[i][n];
        for (int64_t hh = 0; hh < H; hh++) rope(q + hh * Dh, st->cos, st->sin, Dh);
        for (int64_t hh = 0; hh < Hkv; hh++) {
            rope(k + hh * Dh, st->cos, st->sin, Dh);
            memcpy(kc + (hh * L + st->pos) * Dh, k + hh * Dh, Dh * sizeof(float));
            memcpy(vc + (hh * L + st->pos) * Dh, v + hh * Dh, Dh * sizeof(float));
        }
    }
    /* attention: one query head per iteration; GQA maps H/Hkv query heads onto each key/value head */
    #pragma omp for schedule(static)
    for (int64_t hh = 0; hh < H; hh++) {
        int64_t kv = hh / (H / Hkv);
        attend(q + hh * Dh, kc + kv * L * Dh, vc + kv * L * Dh, S, Dh, scores + hh * S, att + hh * Dh);
    }  /* implicit barrier */
    int64_t o0 = D * t / T, o1 = D * (t + 1) / T;
    rows_any(isa, a->wo, a->dt, o0, o1, Nq, att, tmp);
    for (int64_t n = o0; n < o1; n++) h[n] += tmp[n];
    #pragma omp barrier
    #pragma omp single
    rms_norm(h, a->norm2, a->eps, D, xn);
    int64_t i0 = I * t / T, i1 = I * (t + 1) / T;
    rows_any(isa, a->wg, a->dt, i0, i1, D, xn, g);
    rows_any(isa, a->wu, a->dt, i0, i1, D, xn, u);
    for (int64_t n = i0; n < i1; n++) act[n] = g[n] / (1.0f + expf(-g[n])) * u[n];
    #pragma omp barrier
    rows_any(isa, a->wd, a->dt, o0, o1, I, act, tmp);
    for (int64_t n = o0; n < o1; n++) h[n] += tmp[n];
    #pragma omp barrier
}

/* n layers of one decode step on h [D] in place: one parallel region for the whole run. Returns 2 (nothing
 * written) when the position is past the slot or a layer's head counts do not divide. */
int nf_decode_layers(const nf_layer_args *layers, int64_t n, const nf_step *st, float *h, int threads, int isa) {
    isa = pick_isa(isa);
    if (st->pos >= st->max_len || n < 1) return 2;
    for (int64_t i = 0; i < n; i++)
        if (layers[i].H % layers[i].Hkv || layers[i].Dh % 2 || layers[i].D != layers[0].D) return 2;
    #pragma omp parallel num_threads(threads)
    {
        int t = omp_get_thread_num(), T = omp_get_num_threads();
        for (int64_t i = 0; i < n; i++)
            layer_body(&layers[i], st, st->k_cache + i * st->layer_stride, st->v_cache + i * st->layer_stride, h,
                       t, T, isa);
    }
    return 0;
}

float nf_read_f32(const float *p, int64_t n, int threads, int isa) {
    isa = pick_isa(isa);
    float total = 0.0f;
    #pragma omp parallel num_threads(threads) reduction(+ : total)
    {
        int t = omp_get_thread_num(), T = omp_get_num_threads();
        int64_t i0 = n * t / T, i1 = n * (t + 1) / T;
#if NF_X86
        if (isa == ISA_AVX2) total += read_avx2(p + i0, i1 - i0);
        else
#endif
            total += read_scalar(p + i0, i1 - i0);
    }
    return total;
}
