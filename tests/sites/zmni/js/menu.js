function MM_swapImgRestore(){}
