export { RoomsKitProvider, useComponentKit, useRoomsKit, useRoomsAdapter } from './RoomsKitProvider';
export type { RoomsKitProviderProps, RoomsKitContextValue } from './RoomsKitProvider';
