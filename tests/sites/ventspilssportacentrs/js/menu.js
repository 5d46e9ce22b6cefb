// vecā izvēlnes skripts
function MM_swapImgRestore(){}
