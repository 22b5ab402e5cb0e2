// Resident memory of the extension's renderer processes (its pages, their workers) of one
// Chromium instance, read from /proc: the peak while something runs is the bench's memory figure.
import { readdirSync, readFileSync } from 'node:fs';

function read(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Every process of the Chromium launched with this profile: its browser process and descendants. */
function instanceProcesses(userDataDir) {
  const procs = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((pid) => {
      const stat = read(`/proc/${pid}/stat`);
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      // Chromium's child processes rewrite their command line as one string: read it as one.
      return { pid: Number(pid), ppid, cmd: read(`/proc/${pid}/cmdline`).split('\0').join(' ') };
    });
  const root = procs.find(
    (p) => p.cmd.includes(`--user-data-dir=${userDataDir} `) && !p.cmd.includes('--type='),
  );
  if (!root) return [];
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...procs.filter((p) => p.ppid === out[i].pid));
  return out;
}

/** CPU time (user + system) of a process so far, in ms (clock ticks of 10 ms). */
function cpuMs(pid) {
  const stat = read(`/proc/${pid}/stat`);
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11] ?? 0) + Number(f[12] ?? 0)) * 10;
}

/** CPU time of the process's main thread (the page's event loop: its tid is the pid), in ms. */
function mainThreadCpuMs(pid) {
  const stat = read(`/proc/${pid}/task/${pid}/stat`);
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11] ?? 0) + Number(f[12] ?? 0)) * 10;
}

function rssBytes(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`));
  return m ? Number(m[1]) * 1024 : 0;
}

/**
 * Samples the extension renderers' resident memory every `everyMs` until stopped; returns the peak
 * and the CPU time they used meanwhile (on a shared machine, wall time alone says little).
 */
export function sampleExtensionMemory(userDataDir, everyMs = 100) {
  const ext = instanceProcesses(userDataDir).filter(
    (p) => p.cmd.includes('--type=renderer') && p.cmd.includes('--extension-process'),
  );
  const measure = () => ext.reduce((sum, p) => sum + rssBytes(p.pid), 0);
  const cpu = () => ext.reduce((sum, p) => sum + cpuMs(p.pid), 0);
  const baseline = measure();
  const cpuStart = cpu();
  const mainCpu = () => ext.reduce((sum, p) => sum + mainThreadCpuMs(p.pid), 0);
  const mainStart = mainCpu();
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, measure());
  }, everyMs);
  return {
    processes: ext.length,
    baseline,
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, measure());
      return {
        baseline,
        peak,
        processes: ext.length,
        cpuMs: cpu() - cpuStart,
        mainThreadCpuMs: mainCpu() - mainStart,
      };
    },
  };
}
