/** What the machine is, from systeminformation: reported to the coordinator as part of the capacity. */
import si from 'systeminformation';

export interface Hardware {
  ramTotalBytes: number;
  ramAvailableBytes: number;
  cores: number;
  cpuModel: string;
  cpuFlags: string[];
}

export async function probeHardware(): Promise<Hardware> {
  const [mem, cpu, flags] = await Promise.all([si.mem(), si.cpu(), si.cpuFlags()]);
  return {
    ramTotalBytes: mem.total,
    ramAvailableBytes: mem.available,
    cores: cpu.cores,
    cpuModel: `${cpu.manufacturer} ${cpu.brand}`.trim(),
    cpuFlags: flags.split(/\s+/).filter(Boolean).slice(0, 256),
  };
}

export async function availableMemory(): Promise<number> {
  return (await si.mem()).available;
}
