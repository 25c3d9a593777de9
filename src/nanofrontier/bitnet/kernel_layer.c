/* One BitNet b1.58 decoder layer of a batch-1 decode step in one call (infer.PackedDecoderLayer's decode
 * path). Part of kernel.c's translation unit, included at its end.
 *
 *   h += o(attn_sub_norm(attention(rope(q, k), v)))         q, k, v = qkv(input_layernorm(h))
 *   h += down(ffn_sub_norm(relu(gate)^2 * up))              gate, up = gate_up(post_attention_layernorm(h))
 *
 * Why one call: the four projection calls and attention's torch ops cost ~0.2 ms a layer in calls, OpenMP
 * regions and Python between them, 6 ms of a 36 ms token at the 2B4T shape. Here one parallel region runs a
 * whole run of layers (all 30 of a decode step): each projection's rows are split into one contiguous block
 * per thread (one sequential stream, as a memory-bound GEMV wants), every thread prepares a projection's input
 * (norm, gating, quantisation) itself into its own copy, so no barrier stands between that and the product,
 * attention over the query heads.
 *
 * Numbers: every projection is the same exact integer product and float rescale as nf_ternary_decode_f32
 * (the same prepare_row, the same group kernels), so the four products give its bits. RoPE is torch's
 * apply_rope to the bit (x * cos + rotate_half(x) * sin, no fused multiply-add). Attention's dot products
 * and sums are in their own order, so the layer's output is torch's up to float rounding (tests: the
 * integer oracle within 2e-5); its bits are the same on every C backend: the AVX2 attention keeps the scalar
 * code's lanes and order (8 partial sums, then a fixed tree) and is compiled without FMA contraction. */

typedef struct {                /* one layer: what does not change from token to token */
    int64_t D, H, Hkv, Dh, I;
    float eps[4];               /* input_layernorm, attn_sub_norm, post_attention_layernorm, ffn_sub_norm */
    const uint8_t *w[4];        /* packed (packed.repack layout): qkv [H + 2 Hkv heads], o, gate|up [2I], down */
    const float *w_scale[4];    /* their per-row dividing scales */
    const float *norm[4];       /* the four norms' weights, in the order of eps */
} nf_bitnet_layer_args;

typedef struct {                /* one token's step through a run of layers */
    const float *cos, *sin;     /* [Dh] at this position, rotate-half layout */
    float *k_cache, *v_cache;   /* the first layer's cache slot [Hkv, max_len, Dh]; the next layers' follow */
    int64_t layer_stride;       /* floats from one layer's slot to the next */
    int64_t max_len, pos;       /* slot length; the position written (attention reads 0..pos) */
    void *scratch;              /* nf_bitnet_layer_scratch_bytes(...) bytes */
} nf_bitnet_step;

enum { IN_NORM, ATTN_NORM, POST_NORM, FFN_NORM };
enum { QKV, O, GATE_UP, DOWN };

static int64_t align64(int64_t n) { return (n + 63) & ~(int64_t)63; }

static int64_t padded(int64_t K) { return (K + BLOCK - 1) / BLOCK * BLOCK; }  /* whole 128-column blocks */

static int64_t widest_input(int64_t D, int64_t H, int64_t Dh, int64_t I) {
    int64_t k = D > H * Dh ? D : H * Dh;
    return k > I ? k : I;
}

/* Bytes of scratch the layer needs: q|k|v, the heads' outputs, gate|up and the attention scores of every
 * head, plus 64 to align the start. (Each thread's prepared input is allocated by nf_bitnet_decode_layers.) */
int64_t nf_bitnet_layer_scratch_bytes(int64_t D, int64_t H, int64_t Hkv, int64_t Dh, int64_t I, int64_t max_len) {
    (void)D;
    return align64(4 * (H + 2 * Hkv) * Dh) + align64(4 * H * Dh) + align64(8 * I) + align64(4 * H * max_len) + 64;
}

/* Rows of a projection in chunks of CHUNK_GROUPS groups. Each thread owns the chunks of its static share (one
 * contiguous block: one sequential stream) and takes them from the front; a thread done with its own takes
 * the last chunks of the thread with the most left, so a thread slowed by the machine (a descheduled vCPU,
 * less bandwidth) does not hold the others at the barrier. The claims are one compare-and-swap on a word
 * holding (next, end) of an owner's chunks. Who computes a row does not change its bits. */
#ifndef CHUNK_GROUPS
#define CHUNK_GROUPS 8
#endif
#define MAX_THREADS 64

typedef struct { uint64_t next_end; char pad[56]; } chunk_range;  /* one cache line each */

static void ranges_init(chunk_range *r, int64_t N, int t, int T) {
    const int64_t chunks = ((N + ROWS - 1) / ROWS + CHUNK_GROUPS - 1) / CHUNK_GROUPS;
    __atomic_store_n(&r[t].next_end, (uint64_t)(chunks * (t + 1) / T) << 32 | (uint64_t)(chunks * t / T),
                     __ATOMIC_RELEASE);
}

/* Claims the front (owner) or the back (thief) chunk of a range into *c; 0 when it is empty. */
static int claim(chunk_range *r, int back, int64_t *c) {
    uint64_t old = __atomic_load_n(&r->next_end, __ATOMIC_ACQUIRE);
    for (;;) {
        const uint64_t next = old & 0xffffffffu, end = old >> 32;
        if (next >= end) return 0;
        const uint64_t now = back ? (end - 1) << 32 | next : end << 32 | (next + 1);
        if (__atomic_compare_exchange_n(&r->next_end, &old, now, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
            *c = (int64_t)(back ? end - 1 : next);
            return 1;
        }
    }
}

/* Groups g0..g1 of a projection: out[n] = dot / (xs * w_scale[n]), or out[n] += that where accumulate (the
 * residual add: h + y, as torch's residual + y). */
static void ternary_groups(const int8_t *xq, int32_t xsum, float xs, int64_t K, const uint8_t *w, int64_t N,
                           const float *w_scale, float *out, int accumulate, int64_t g0, int64_t g1, int isa) {
    const int64_t Kp = padded(K), nblocks = Kp / BLOCK;
    if (isa == ISA_AVX512) {
        ternary_rows_avx512(w, g0, g1, nblocks, xq, xsum, xs, w_scale, N, out, accumulate);
        return;
    }
    int32_t raw[ROWS * TILE];
    for (int64_t g = g0; g < g1; g++) {
        const uint8_t *wg = w + g * nblocks * GROUP_STEP;
        if (isa) ternary_group_avx2(wg, xq, nblocks, raw);
        else for (int r = 0; r < ROWS; r++) ternary_row_scalar(wg + r * 32, xq, 1, Kp, nblocks, raw + r * TILE);
        for (int r = 0; r < ROWS && g * ROWS + r < N; r++) {
            const int64_t n = g * ROWS + r;
            const float y = (float)(raw[r * TILE] - xsum) / (xs * w_scale[n]);
            out[n] = accumulate ? out[n] + y : y;
        }
    }
}

/* This thread's part of a projection (ranges set by ranges_init before the barrier that precedes it). */
static void ternary_share(const int8_t *xq, int32_t xsum, float xs, int64_t K, const uint8_t *w, int64_t N,
                          const float *w_scale, float *out, int accumulate, chunk_range *ranges, int t, int T,
                          int isa) {
    const int64_t groups = (N + ROWS - 1) / ROWS;
    int64_t c;
    for (;;) {
        int from = t;
        if (!claim(&ranges[t], 0, &c)) {  /* own chunks done: the back of the fullest other range */
            uint64_t most = 0;
            from = -1;
            for (int u = 0; u < T; u++) {
                const uint64_t v = __atomic_load_n(&ranges[u].next_end, __ATOMIC_RELAXED);
                const uint64_t left = (v >> 32) > (v & 0xffffffffu) ? (v >> 32) - (v & 0xffffffffu) : 0;
                if (u != t && left > most) most = left, from = u;
            }
            if (from < 0 || !claim(&ranges[from], 1, &c)) {
                if (from < 0) return;
                continue;
            }
        }
        const int64_t g0 = c * CHUNK_GROUPS, g1 = g0 + CHUNK_GROUPS < groups ? g0 + CHUNK_GROUPS : groups;
        ternary_groups(xq, xsum, xs, K, w, N, w_scale, out, accumulate, g0, g1, isa);
    }
}

/* Bytes of each thread's share that a waiting thread prefetches while thread 0 prepares the input. */
#ifndef PREFETCH_BYTES
#define PREFETCH_BYTES (48 << 10)
#endif

/* Into this core's caches: the first PREFETCH_BYTES of thread t's share of a projection (N rows of K columns),
 * as ternary_share splits it, requested before the thread prepares its input so DRAM is busy meanwhile. */
static void prefetch_share(const uint8_t *w, int64_t N, int64_t K, int t, int T) {
    const int64_t groups = (N + ROWS - 1) / ROWS, group_bytes = padded(K) / BLOCK * GROUP_STEP;
    const int64_t start = groups * t / T * group_bytes, end = groups * (t + 1) / T * group_bytes;
    for (int64_t off = 0; off < PREFETCH_BYTES && start + off < end; off += 64)
        _mm_prefetch((const char *)(w + start + off), _MM_HINT_T0);
}

/* torch's apply_rope on one head: x * cos + cat(-x[half:], x[:half]) * sin, one rounding per operation. */
static void rope_head(float *x, const float *cos, const float *sin, int64_t Dh) {
    const int64_t half = Dh / 2;
    for (int64_t d = 0; d < half; d++) {
        const float a = x[d], b = x[d + half];
        x[d] = a * cos[d] + (-b) * sin[d];
        x[d + half] = b * cos[d + half] + a * sin[d + half];
    }
}

/* rope_head on every head of a prompt's q or k, in place: x [B, T, H, Dh] with strides (sb, st, sh, 1) (a view
 * of the fused q|k|v output), cos / sin [B, T, Dh] contiguous (rows of batch b start at b * T * Dh).
 * torch's apply_rope to the bit, ~20x faster than its five elementwise ops on the strided view. */
void nf_rope(float *x, int64_t B, int64_t T, int64_t H, int64_t Dh, int64_t sb, int64_t st, int64_t sh,
             const float *cos, const float *sin, int threads) {
    #pragma omp parallel for schedule(static) num_threads(threads) if (B * T * H * Dh >= (1 << 15))
    for (int64_t bt = 0; bt < B * T; bt++)
        for (int64_t hh = 0; hh < H; hh++)
            rope_head(x + bt / T * sb + bt % T * st + hh * sh, cos + bt * Dh, sin + bt * Dh, Dh);
}

/* Dot product in 8 lanes (k mod 8), summed ((0+4)+(2+6))+((1+5)+(3+7)), then the tail in order. */
static float dot_lanes(const float *a, const float *b, int64_t n) {
    float l[8] = {0};
    int64_t k = 0;
    for (; k + 8 <= n; k += 8)
        for (int j = 0; j < 8; j++) l[j] = l[j] + a[k + j] * b[k + j];
    float s = ((l[0] + l[4]) + (l[2] + l[6])) + ((l[1] + l[5]) + (l[3] + l[7]));
    for (; k < n; k++) s = s + a[k] * b[k];
    return s;
}

__attribute__((target("avx2,fma"), optimize("fp-contract=off"))) static float dot_lanes_avx2(
    const float *a, const float *b, int64_t n) {
    __m256 acc = _mm256_setzero_ps();
    int64_t k = 0;
    for (; k + 8 <= n; k += 8) acc = _mm256_add_ps(acc, _mm256_mul_ps(_mm256_loadu_ps(a + k), _mm256_loadu_ps(b + k)));
    const __m128 h = _mm_add_ps(_mm256_castps256_ps128(acc), _mm256_extractf128_ps(acc, 1));  /* (0+4, 1+5, ...) */
    const __m128 p = _mm_add_ps(h, _mm_movehl_ps(h, h));                                         /* (0+4)+(2+6), ... */
    float s = _mm_cvtss_f32(p) + _mm_cvtss_f32(_mm_shuffle_ps(p, p, 1));
    for (; k < n; k++) s = s + a[k] * b[k];
    return s;
}

/* out[0..n) += p * v[0..n), lane by lane (no order to keep). */
static void axpy(float *out, float p, const float *v, int64_t n) {
    for (int64_t j = 0; j < n; j++) out[j] = out[j] + p * v[j];
}

__attribute__((target("avx2,fma"), optimize("fp-contract=off"))) static void axpy_avx2(float *out, float p,
                                                                                     const float *v, int64_t n) {
    const __m256 vp = _mm256_set1_ps(p);
    int64_t j = 0;
    for (; j + 8 <= n; j += 8)
        _mm256_storeu_ps(out + j, _mm256_add_ps(_mm256_loadu_ps(out + j), _mm256_mul_ps(vp, _mm256_loadu_ps(v + j))));
    for (; j < n; j++) out[j] = out[j] + p * v[j];
}

/* One query head q [Dh] (RoPE already applied) over positions 0..S-1 of its key/value head: softmax(q.k *
 * Dh^-0.5) . v into out [Dh]; sc [S] is scratch. As core's one-query attention: scores, max, exp, sum, one
 * division per weight. */
static void attend_head(const float *q, const float *kh, const float *vh, int64_t S, int64_t Dh, float *sc,
                        float *out, int isa) {
    const float scale = (float)(1.0 / sqrt((double)Dh));  /* torch: scores * Dh ** -0.5, a float32 multiply */
    float mx = -INFINITY, sum = 0.0f;
    for (int64_t s = 0; s < S; s++) {
        sc[s] = (isa ? dot_lanes_avx2(q, kh + s * Dh, Dh) : dot_lanes(q, kh + s * Dh, Dh)) * scale;
        mx = sc[s] > mx ? sc[s] : mx;
    }
    for (int64_t s = 0; s < S; s++) sum += sc[s] = expf(sc[s] - mx);
    memset(out, 0, sizeof(float) * (size_t)Dh);
    for (int64_t s = 0; s < S; s++) {
        if (isa) axpy_avx2(out, sc[s] / sum, vh + s * Dh, Dh);
        else axpy(out, sc[s] / sum, vh + s * Dh, Dh);
    }
}

/* The scratch buffer's parts, at 64-byte boundaries from its first one. */
typedef struct { float *qkv, *att, *gu, *scores; } layer_scratch;

/* One thread's prepared input to a projection: the normed row y, its int8 copy xq (64-byte aligned), scale, sum. */
typedef struct { float *y; int8_t *xq; float xs; int32_t xsum; } prepared;

static layer_scratch scratch_parts(const nf_bitnet_layer_args *a, void *scratch) {
    const int64_t Nq = a->H * a->Dh;
    char *p = (char *)(((uintptr_t)scratch + 63) & ~(uintptr_t)63);
    layer_scratch s;
    s.qkv = (float *)p;
    s.att = (float *)(p += align64(4 * (Nq + 2 * a->Hkv * a->Dh)));
    s.gu = (float *)(p += align64(4 * Nq));
    s.scores = (float *)(p + align64(8 * a->I));
    return s;
}

/* The new key (after RoPE) and value into the cache slot (kc, vc) at `pos` (thread 0), then every query
 * head's attention over positions 0..pos, the heads shared out among the threads (GQA: head hh reads kv head
 * hh / G). Ends with the threads in step. */
static void attention(const nf_bitnet_layer_args *a, const nf_bitnet_step *st, float *kc, float *vc,
                      const layer_scratch *s, int t, int isa) {
    const int64_t Dh = a->Dh, H = a->H, Hkv = a->Hkv, S = st->pos + 1;
    float *q = s->qkv, *k = s->qkv + H * Dh, *v = k + Hkv * Dh;
    if (t == 0)
        for (int64_t j = 0; j < Hkv; j++) {
            rope_head(k + j * Dh, st->cos, st->sin, Dh);
            memcpy(kc + (j * st->max_len + st->pos) * Dh, k + j * Dh, sizeof(float) * (size_t)Dh);
            memcpy(vc + (j * st->max_len + st->pos) * Dh, v + j * Dh, sizeof(float) * (size_t)Dh);
        }
    #pragma omp barrier
    #pragma omp for schedule(static)
    for (int64_t hh = 0; hh < H; hh++) {
        const int64_t j = hh / (H / Hkv);
        rope_head(q + hh * Dh, st->cos, st->sin, Dh);
        attend_head(q + hh * Dh, kc + j * st->max_len * Dh, vc + j * st->max_len * Dh, S, Dh,
                    s->scores + hh * st->max_len, s->att + hh * Dh, isa);
    }  /* implicit barrier */
}

/* One projection, run by every thread: its range of rows set, the start of its share prefetched, the input
 * prepared into its own copy (the same bits on every thread: thread 0 alone, with a barrier after it, measured
 * 0.15-0.8 ms a token slower at the host's fast phase), then its share of the rows and any it takes over. A
 * thread done early finds the others' ranges spent or set: the barrier after the previous product spent them. */
static void project(const nf_bitnet_layer_args *a, int which, const float *x, int64_t K, int gated, int norm,
                    int64_t N, float *out, int accumulate, prepared *p, chunk_range *r, int t, int T, int isa) {
    ranges_init(r, N, t, T);
    prefetch_share(a->w[which], N, K, t, T);
    prepare_row(x, K, padded(K), gated, a->norm[norm], a->eps[norm], p->y, p->xq, &p->xs, &p->xsum, isa);
    ternary_share(p->xq, p->xsum, p->xs, K, a->w[which], N, a->w_scale[which], out, accumulate, r, t, T, isa);
}

/* One layer on h [D], run by every thread of the region, with a barrier after each product (its output is
 * the next step's input) and inside attention. */
static void layer_body(const nf_bitnet_layer_args *a, const nf_bitnet_step *st, float *kc, float *vc, float *h,
                       const layer_scratch *s, prepared *p, chunk_range *r, int t, int T, int isa) {
    const int64_t D = a->D, Nq = a->H * a->Dh, I = a->I, Nqkv = Nq + 2 * a->Hkv * a->Dh;
    project(a, QKV, h, D, 0, IN_NORM, Nqkv, s->qkv, 0, p, r, t, T, isa);
    #pragma omp barrier
    attention(a, st, kc, vc, s, t, isa);
    project(a, O, s->att, Nq, 0, ATTN_NORM, D, h, 1, p, r, t, T, isa);
    #pragma omp barrier
    project(a, GATE_UP, h, D, 0, POST_NORM, 2 * I, s->gu, 0, p, r, t, T, isa);
    #pragma omp barrier
    project(a, DOWN, s->gu, I, 1, FFN_NORM, D, h, 1, p, r, t, T, isa);
    #pragma omp barrier  /* h complete before the next layer's norm reads it */
}

static int layer_ok(const nf_bitnet_layer_args *a, const nf_bitnet_layer_args *first) {
    return a->D == first->D && a->H == first->H && a->Hkv == first->Hkv && a->Dh == first->Dh && a->I == first->I
           && a->Hkv > 0 && a->H % a->Hkv == 0 && a->Dh % 2 == 0 && a->D > 0 && a->I > 0;
}

/* Layers a[0..n) of one decode step on h [D] in place, in one parallel region; layer l's cache slot is
 * st->k_cache / v_cache + l * layer_stride. threads: OpenMP threads; isa_request as the other entries.
 * Returns 0; 2 when pos is past the cache, the head counts do not divide or the layers' shapes differ; -1 if
 * memory for the threads' prepared inputs ran out. */
int nf_bitnet_decode_layers(const nf_bitnet_layer_args *a, int64_t n, const nf_bitnet_step *st, float *h,
                            int threads, int isa_request) {
    const int isa = pick_isa(isa_request), T = threads < 1 ? 1 : threads < MAX_THREADS ? threads : MAX_THREADS;
    if (st->pos < 0 || st->pos >= st->max_len) return 2;
    for (int64_t l = 0; l < n; l++)
        if (!layer_ok(a + l, a)) return 2;
    const layer_scratch s = scratch_parts(a, st->scratch);
    const int64_t K = widest_input(a->D, a->H, a->Dh, a->I), y_bytes = align64(4 * K);
    const int64_t per = y_bytes + align64(padded(K));  /* one thread's prepared input */
    char *own = aligned_alloc(64, (size_t)(T * per));
    if (!own) return -1;
    /* empty until each thread sets its own: one that finishes the first product early may look at another's
     * range before that thread has set it (no barrier stands between), and must find nothing to take */
    chunk_range ranges[MAX_THREADS] __attribute__((aligned(64)));
    memset(ranges, 0, sizeof ranges);
    #pragma omp parallel num_threads(T)
    {
        const int t = omp_get_thread_num(), nt = omp_get_num_threads();
        prepared p = {(float *)(own + t * per), (int8_t *)(own + t * per + y_bytes), 0.0f, 0};
        for (int64_t l = 0; l < n; l++)
            layer_body(a + l, st, st->k_cache + l * st->layer_stride, st->v_cache + l * st->layer_stride, h, &s,
                       &p, ranges, t, nt, isa);
    }
    free(own);
    return 0;
}

/* Causal attention of a prompt's T queries (positions start..start+T-1; RoPE applied) over one layer's cache, which
 * holds positions 0..start+T-1: q [T, H, Dh] with rows q_stride floats apart (a view of the fused q|k|v output),
 * kc / vc [Hkv, max_len, Dh], out [T, H * Dh]. Query t of head hh reads key/value head hh / (H / Hkv) up to its
 * own position: `attend_head`, the decode step's attention, once per (query, head), those pairs shared out among
 * the threads. The runtime's prompt attention (runtime.py); returns -1 if memory ran out, 2 for a bad shape. */
int nf_prompt_attention(const float *q, int64_t T, int64_t H, int64_t Hkv, int64_t Dh, int64_t q_stride,
                        const float *kc, const float *vc, int64_t max_len, int64_t start, float *out, int threads,
                        int isa_request) {
    if (T <= 0 || Hkv <= 0 || H % Hkv || start < 0 || start + T > max_len) return 2;
    const int isa = pick_isa(isa_request), group = (int)(H / Hkv);
    int failed = 0;
    #pragma omp parallel num_threads(threads) if (T * H > 1)
    {
        float *sc = malloc(sizeof(float) * (size_t)(start + T));
        if (!sc) {
            #pragma omp atomic write
            failed = 1;
        }
        #pragma omp for schedule(dynamic, 8)
        for (int64_t i = 0; i < T * H; i++) {
            const int64_t t = i / H, hh = i % H, j = hh / group;
            if (sc)
                attend_head(q + t * q_stride + hh * Dh, kc + j * max_len * Dh, vc + j * max_len * Dh, start + t + 1,
                            Dh, sc, out + t * H * Dh + hh * Dh, isa);
        }
        free(sc);
    }
    return failed ? -1 : 0;
}
