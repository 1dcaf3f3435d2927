import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  inputRegExp
} from "./chunk-V6OQQ5VZ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-2AJFM67G.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length2(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length2;
    ucs2length2.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/schemas/state.ts
var import_ucs2length = __toESM(require_ucs2length(), 1);
var STATE_KEY = "helm-guard.schemas";
var ucs2length = ((m) => typeof m === "function" ? m : m.default)(
  import_ucs2length.default
);
var B64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
function goRegExp(pattern, flags) {
  let compiled;
  return {
    // AJV keys the patterns of a schema by this text: it must differ per pattern, as a RegExp's does
    toString: () => `/${pattern}/${flags}`,
    test(s) {
      if (!compiled) {
        try {
          compiled = inputRegExp(pattern, flags);
        } catch {
          compiled = { test: () => true };
        }
      }
      return compiled.test(s);
    }
  };
}
function schemaState() {
  const g = globalThis;
  return g[Symbol.for(STATE_KEY)] ??= {
    t: {},
    formats: {
      byte: { type: "string", validate: (s) => B64.test(s.replace(/[\r\n]/g, "")) },
      "date-time": { type: "string", validate: (s) => DATE_TIME.test(s) }
    },
    re: goRegExp,
    rt: { ucs2length }
  };
}

export {
  require_ucs2length,
  STATE_KEY,
  schemaState
};
