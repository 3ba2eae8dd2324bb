// autocannon ships no type declarations; the benchmark uses its documented programmatic API.
declare module 'autocannon';
