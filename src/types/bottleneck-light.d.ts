// bottleneck ships types for its main entry only; the light build has the same API without Redis.
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}
