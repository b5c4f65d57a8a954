// npm run vet -- [--json] [--lang en|zh-CN] [--url URL] FILE...
// Exit status: 0 when every file was read, 2 when some file was not, 1 on misuse (./cli).
import { runVet } from './cli';

process.exitCode = runVet(process.argv.slice(2), { out: (text) => console.log(text), err: (text) => console.error(text) });
