(function(){ /* protostar template js */ })();
