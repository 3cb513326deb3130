// Worker entry: registers the TypeScript loader in this thread, then loads the worker proper.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
