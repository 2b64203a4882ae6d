export function loadEnvFile(folder?: string): void;
