#pragma once

#include <algorithm>
#include <thread>
#include <vector>

// Runs fn(begin, end, worker) over [0, count) split into one contiguous slice per
// worker. Each slice writes only its own elements, so results do not depend on the
// number of workers; small inputs stay on the calling thread.
template <typename Fn> void parallelFor(int count, int workers, Fn fn)
{
    constexpr int MinPerWorker = 20000; // below this a thread costs more than it saves
    workers = std::max(1, std::min(workers, count / MinPerWorker));
    if (workers == 1) {
        fn(0, count, 0);
        return;
    }
    const int chunk = (count + workers - 1) / workers;
    std::vector<std::thread> pool;
    for (int w = 1; w < workers; ++w)
        pool.emplace_back(fn, std::min(count, w * chunk), std::min(count, (w + 1) * chunk), w);
    fn(0, std::min(count, chunk), 0);
    for (std::thread& t : pool)
        t.join();
}
