// After a vault is made, the vault page offers the emergency kit once.
export const kitOffer = $state({ show: false });
