// Imported first by every process that serves messages (bot/index.ts, and the baselines `npm run bench:http` compares
// the bot with), so the setting below holds before the first pattern runs: V8 decides how to run a pattern when it
// compiles it, at its first use.
//
// By default V8 runs a pattern in its bytecode interpreter first and compiles it to machine code at its second use
// ("regexp tier-up"), which pays for patterns used once. The bot uses the same few hundred patterns on every message,
// and in the server, between turns of the HTTP stack, those compiled the second way ran about 2.5 times slower than
// the same patterns compiled to machine code at first use: the walkthrough command parser took 180–240 µs a message
// against 80–86 µs, and the bot's patterns together 4.0 s against 1.5 s of a 9,000-turn profile (2026-12-03, bench:http
// with one process each). A tight loop over the same messages shows no difference, so it is where V8 puts the code,
// not the code itself, that costs: compiled at first use, the patterns of one parser are compiled together.
//
// Tier-up itself stays on, with no interpreted run before it: switched off at run time (--no-regexp-tier-up), V8
// crashed (SIGSEGV) at start-up on a pattern Node had already begun to tier up. As a command-line flag it would be safe
// but lost on every host that starts the bot another way than `npm start`.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--regexp-tier-up-ticks=0');
