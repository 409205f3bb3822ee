window.track=function(){};
