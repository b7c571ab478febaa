// A small fork-join pool: the caller plus (threads - 1) persistent workers
// share the chunks of one parallel_for at a time (kernels never nest them).
// Each run is a Job on the caller's stack; run() returns only when every
// element is done and no worker still holds the job.
#include "jaxts/parallel.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <vector>

namespace jaxts {
namespace {

struct Job {
  const std::function<void(int64_t, int64_t)>* fn;
  int64_t total, step;
  std::atomic<int64_t> next{0};
};

class Pool {
 public:
  explicit Pool(int n) { resize(n); }
  ~Pool() { stop(); }

  int size() const { return n_; }

  void resize(int n) {
    std::lock_guard<std::mutex> one_at_a_time(run_mu_);
    stop();
    n_ = std::max(1, n);
    quit_ = false;
    for (int i = 1; i < n_; i++) workers_.emplace_back([this] { work(); });
  }

  void run(int64_t n, int64_t grain, const std::function<void(int64_t, int64_t)>& fn) {
    std::lock_guard<std::mutex> one_at_a_time(run_mu_);
    int64_t chunks = std::max<int64_t>(1, std::min<int64_t>((n + grain - 1) / grain, (int64_t)n_ * 4));
    Job job{&fn, n, (n + chunks - 1) / chunks};
    {
      std::lock_guard<std::mutex> g(mu_);
      job_ = &job;
      remaining_ = n;
      generation_++;
    }
    cv_.notify_all();
    drain(job);
    std::unique_lock<std::mutex> g(mu_);
    done_cv_.wait(g, [this] { return remaining_ == 0 && active_ == 0; });
    job_ = nullptr;
  }

 private:
  void drain(Job& job) {
    for (;;) {
      int64_t b = job.next.fetch_add(job.step);
      if (b >= job.total) return;
      int64_t e = std::min(job.total, b + job.step);
      (*job.fn)(b, e);
      std::lock_guard<std::mutex> g(mu_);
      remaining_ -= e - b;
      if (remaining_ == 0) done_cv_.notify_all();
    }
  }
  void work() {
    uint64_t seen = 0;
    for (;;) {
      Job* job;
      {
        std::unique_lock<std::mutex> g(mu_);
        cv_.wait(g, [&] { return quit_ || (generation_ != seen && job_ != nullptr); });
        if (quit_) return;
        seen = generation_;
        job = job_;
        active_++;
      }
      drain(*job);
      std::lock_guard<std::mutex> g(mu_);
      if (--active_ == 0) done_cv_.notify_all();
    }
  }
  void stop() {
    {
      std::lock_guard<std::mutex> g(mu_);
      quit_ = true;
    }
    cv_.notify_all();
    for (auto& t : workers_) t.join();
    workers_.clear();
  }

  int n_ = 1;
  std::vector<std::thread> workers_;
  std::mutex mu_, run_mu_;
  std::condition_variable cv_, done_cv_;
  Job* job_ = nullptr;
  int64_t remaining_ = 0;
  int active_ = 0;
  uint64_t generation_ = 0;
  bool quit_ = false;
};

int default_threads() {
  if (const char* e = std::getenv("JAXTS_NUM_THREADS")) {
    int n = std::atoi(e);
    if (n > 0) return std::min(n, 256);
  }
  return std::max(1u, std::thread::hardware_concurrency());
}

Pool& pool() {
  static Pool p(default_threads());
  return p;
}

}  // namespace

int num_threads() { return pool().size(); }
void set_num_threads(int n) { pool().resize(n); }

void parallel_for_impl(int64_t n, int64_t grain, const std::function<void(int64_t, int64_t)>& fn) {
  pool().run(n, grain, fn);
}

}  // namespace jaxts
