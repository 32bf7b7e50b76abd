import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where the system's Chromium is: CHROMIUM_PATH, or Debian's package. */
export function chromiumPath(): string {
	return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * Starts the system's Chromium headless, with the flags this closed network needs (no
 * background or component traffic), or throws saying how to install it. Never downloads one.
 */
export async function launchSystemChromium(): Promise<Browser> {
	const executablePath = chromiumPath();
	if (!existsSync(executablePath)) {
		throw new Error(
			`No Chromium at ${executablePath}: install Debian's package (\`apt-get install chromium\`) or set CHROMIUM_PATH to a Chromium binary.`,
		);
	}
	return chromium.launch({
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}
