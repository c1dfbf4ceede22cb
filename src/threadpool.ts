// Imported first by both entry points: libuv reads UV_THREADPOOL_SIZE when it starts its thread
// pool, at the first file read or inflate. Provisioning reads and inflates dozens of static files
// at once while it uploads others; 4 threads (the default) kept uploads waiting on reads.
process.env.UV_THREADPOOL_SIZE ??= '16';
