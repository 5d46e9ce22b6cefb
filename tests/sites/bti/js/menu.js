function MM_swapImage(){}
