#!/usr/bin/env node
// rooms-emulator: a local Azure Communication Services Rooms + Identity service. `rooms-emulator --help` for options.
import process from 'node:process';
import { runRoomsEmulatorCli } from '../dist/emulator.js';

await runRoomsEmulatorCli(process.argv.slice(2));
