import { buildServer } from "../../../src/server/build-server.js";
import { goldenReader } from "./golden-reader.js";
const reader = await goldenReader();
const app = await buildServer({ reader, submitArticle: null, access: { host: "127.0.0.1", token: null } });
await app.listen({ host: "127.0.0.1", port: Number(process.env.PORT ?? 8099) });
console.log("listening", app.server.address());
