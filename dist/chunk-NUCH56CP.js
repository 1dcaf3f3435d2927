import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);

// src/template/helm-text.ts
function errorText(stderr) {
  const i = stderr.search(/^Error: /m);
  const lines = (i >= 0 ? stderr.slice(i + "Error: ".length) : stderr).split("\n");
  const debug = lines.findIndex((l) => {
    const k = l.indexOf(".go:");
    return k > 0 && /^[\w.-]+$/.test(l.slice(0, k)) && /^\d+: /.test(l.slice(k + 4));
  });
  const kept = debug >= 0 ? lines.slice(0, debug) : lines;
  const text = kept.join("\n").trim();
  const hint = "Use --debug flag to render out invalid YAML";
  return (text.endsWith(hint) ? text.slice(0, -hint.length) : text).trim();
}
function oneLine(text) {
  return text.split("\n").map((l) => l.trim()).filter(Boolean).join(" ");
}
function splitLocation(loc, parts) {
  let file = loc;
  const nums = [];
  for (let k = 0; k < parts; k++) {
    const c = file.lastIndexOf(":");
    const n = file.slice(c + 1);
    if (c <= 0 || !/^\d+$/.test(n)) return void 0;
    nums.unshift(Number(n));
    file = file.slice(0, c);
  }
  return { file, nums };
}
var EXEC4 = /^\s+executing "((?:[^"\\\n]|\\.)*)" at <(.*)>:$/;
function unescape(s) {
  return s.replace(/\\(.)/g, "$1");
}
function frame3(text) {
  const skip = text.startsWith("template: ") ? "template: ".length : 0;
  const firstLineEnd = text.indexOf("\n");
  const line = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  const ex = line.indexOf(': executing "');
  const loc = ex > skip ? splitLocation(line.slice(skip, ex), 2) : void 0;
  if (!loc) return void 0;
  let i = ex + ': executing "'.length;
  while (i < line.length && line[i] !== '"') i += line[i] === "\\" ? 2 : 1;
  if (!line.startsWith('" at <', i)) return void 0;
  const name = line.slice(ex + ': executing "'.length, i);
  const close = line.indexOf(">: ", i + 6);
  if (close < 0) return void 0;
  const [n, col] = loc.nums;
  return {
    frame: { file: loc.file, line: n, byteColumn: col, executing: unescape(name), at: line.slice(i + 6, close) },
    length: close + 3
  };
}
function chain3(text) {
  const frames = [];
  let rest = text;
  for (; ; ) {
    const f = frame3(rest);
    if (!f) break;
    frames.push(f.frame);
    rest = rest.slice(f.length);
    const inc = "error calling include: ";
    if (rest.startsWith(inc) && frame3(rest.slice(inc.length))) rest = rest.slice(inc.length);
    else break;
  }
  if (!frames.length) return void 0;
  return { kind: "exec", frames, message: oneLine(rest), form: "chain" };
}
function chain4(text) {
  const lines = text.split("\n");
  const frames = [];
  let body = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const loc = line && !/^\s/.test(line) ? splitLocation(line, 2) : void 0;
    const ex = loc ? EXEC4.exec(lines[i + 1] ?? "") : null;
    if (loc && ex) {
      const [n, col] = loc.nums;
      frames.push({ file: loc.file, line: n, byteColumn: col, executing: unescape(ex[1]), at: ex[2] });
      body = [];
      i++;
      continue;
    }
    if (!frames.length) return void 0;
    body.push(lines[i].trim());
  }
  if (!frames.length) return void 0;
  return { kind: "exec", frames, message: body.filter(Boolean).join(" "), form: "chain" };
}
function readHelmTemplateError(stderr) {
  const text = errorText(stderr);
  const firstLine = text.split("\n", 1)[0];
  for (const [head, parts] of [
    ["parse error at (", 1],
    ["execution error at (", 2]
  ]) {
    const i = firstLine.indexOf(head);
    if (i < 0) continue;
    const close = text.indexOf("): ", i + head.length);
    if (close < 0) continue;
    const loc = splitLocation(text.slice(i + head.length, close), parts);
    if (!loc) continue;
    const message = text.slice(close + 3).trim();
    if (parts === 1) return { kind: "parse", file: loc.file, line: loc.nums[0], message };
    return {
      kind: "exec",
      frames: [{ file: loc.file, line: loc.nums[0], byteColumn: loc.nums[1] }],
      message,
      form: "execution"
    };
  }
  const pin = firstLine.indexOf("parse error in (");
  if (pin >= 0) {
    const close = text.indexOf("): ", pin);
    if (close > 0) return { kind: "parse", file: text.slice(pin + 16, close), message: text.slice(close + 3).trim() };
  }
  const t = firstLine.indexOf("template: ");
  return (t >= 0 ? chain3(text.slice(t)) : void 0) ?? chain3(text) ?? chain4(text);
}

export {
  readHelmTemplateError
};
