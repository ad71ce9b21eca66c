/**
 * `npm run chat`: the terminal chat client. It talks to the agent over HTTP as Bot Framework
 * Emulator does (or starts one in process with the sandbox); everything lives in ./chat/.
 */
import { runChat } from './chat/main.js';

process.exitCode = await runChat(process.argv.slice(2), process);
