export { RoomsKitProvider, useRoomsKit, useRoomsAdapter } from './RoomsKitProvider';
export type { RoomsKitProviderProps, RoomsKitContextValue } from './RoomsKitProvider';
